/** Public API of @resonance/identity-access: the module, the AuthPort, and services for the CLI and seed. */
export { identityAccessModule } from './identity.module.js';
export { createAuthPort } from './auth-port.js';
export { SESSION_COOKIE, CSRF_COOKIE } from './cookies.js';
export { hashPassword, verifyPassword, assertPasswordRule, PASSWORD_MIN_LENGTH } from './password.js';
export { createUser, findUserByEmail, getUser, type NewUser } from './user.service.js';
export type { User } from './user.dto.js';
export type { Locale } from './identity.schema.js';
export { createWorkspace, getWorkspace, listMyWorkspaces, type Workspace } from './workspace.service.js';
export { addMember, listMembers, memberRole } from './membership.service.js';
export type { Member, MyWorkspace } from './workspace.dto.js';
export { createApiToken, listApiTokens, revokeApiToken, type ApiToken, type NewApiToken } from './api-token.service.js';
export { API_TOKEN_PREFIX } from './secrets.js';
export { SEND_INVITE_EMAIL_JOB } from './jobs/send-invite-email.job.js';
export { PRUNE_AUTH_RECORDS_JOB } from './jobs/prune-auth-records.job.js';
export { actorNames } from './actor-names.service.js';
export { hasAnyUser } from './has-any-user.js';
