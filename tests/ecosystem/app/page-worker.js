// A module worker of the user's own that imports simkit.
import { init, xxh3 } from 'simkit';

init().then(
  () => postMessage(xxh3('').toString(16)),
  (e) => postMessage(`error: ${e}`),
);
