// The action's entry (action.yml `main` and `post`): everything else lives in src/action/.
import { run } from './action/main.js';

void run();
