import { Command } from 'commander';
import { registerAuditCommands } from './commands/audit.command.js';
import { registerFanCommands } from './commands/fan.command.js';
import { registerKeysCommands } from './commands/keys.command.js';
import { registerMigrateCommand } from './commands/migrate.command.js';
import { registerSeedCommand } from './commands/seed.command.js';
import { registerSourceCommands } from './commands/source.command.js';
import { registerStartCommand } from './commands/start.command.js';
import { registerTokenCommands } from './commands/token.command.js';
import { registerUserCommands } from './commands/user.command.js';

const program = new Command('resonance')
  .description('Resonance — self-hosted social media operations platform')
  .showHelpAfterError();

registerStartCommand(program);
registerMigrateCommand(program);
registerSeedCommand(program);
registerUserCommands(program);
registerTokenCommands(program);
registerSourceCommands(program);
registerFanCommands(program);
registerAuditCommands(program);
registerKeysCommands(program);

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`resonance: ${err.message}\n`);
  process.exit(1);
});
