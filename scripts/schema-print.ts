// `npm run schema:print`: the subgraph SDL on stdout and nothing else, for registry CLIs (rover, hive)
// that read a schema file or `<(npm run -s schema:print)`.
import { subgraphSdl } from '../src/schema.js';

process.stdout.write(`${subgraphSdl()}\n`);
