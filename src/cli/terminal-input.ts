// Reading a secret: on a terminal, typed without echo; from a pipe, the whole of standard input.
import type { Io } from './io.js';

async function readAll(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

function askSecret(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  let secret = '';
  return new Promise((resolve, reject) => {
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(secret);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('cancelled'));
          return;
        }
        secret = ch === '\u007f' ? secret.slice(0, -1) : secret + ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** What a command may use to read a secret, as the standard input allows. */
export const secretInput = (): Pick<Io, 'readInput' | 'askSecret'> => (process.stdin.isTTY === true ? { askSecret } : { readInput: readAll });
