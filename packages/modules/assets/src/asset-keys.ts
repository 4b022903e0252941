/** Storage keys: per workspace, fanned out by the first two hex digits of the content hash. */
export const fileKey = (workspaceId: string, sha256: string, ext: string) => `${workspaceId}/${sha256.slice(0, 2)}/${sha256}.${ext}`;
export const thumbnailKey = (workspaceId: string, sha256: string) => `${workspaceId}/${sha256.slice(0, 2)}/${sha256}.thumb.webp`;
