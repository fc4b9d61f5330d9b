// Worker-thread entry of the pool (pool.ts): tinypool calls the default export with each task.
import { runTask } from './pool-task.js';

export default runTask;
