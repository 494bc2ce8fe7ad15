// `npm start`: one Node process that makes sure the dependencies and the bundle are current, then
// runs the bundle. (A separate `prestart` process cost a whole Node start, 0.15–0.2 s here.)
import './build-start.mjs';

await import(new URL('../../.build/main.mjs', import.meta.url).href);
