import { startLocalNeo4j } from '../../src/database/startLocalNeo4j';

// A parent for the orphan test: starts an attached Neo4j, says so, and waits to be killed.
const [port = '', dataDir = ''] = process.argv.slice(2);
startLocalNeo4j({ port: Number(port), dataDir }).then(() => console.log('started'));
