import net from 'node:net';

// Bolt handshake: the magic preamble, then four proposed versions (5.x ranges, 4.4); a Bolt server
// answers with the four bytes of the version it picked (or zeros), anything else is not Neo4j.
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00,
]);

/** True when something on host:port answers the Bolt handshake, i.e. a Neo4j is listening there. */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write(HANDSHAKE));
    socket.once('data', (reply) => finish(reply.length >= 4));
  });
}
