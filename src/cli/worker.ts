// Worker-thread entry of the batch pool (batch.ts): answers each JobRequest with its Outcome.
import { parentPort } from 'node:worker_threads';
import { runJob, type JobRequest } from './jobs.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread of the juesuan CLI');
port.on('message', (request: JobRequest) => {
  void runJob(request.command, request.file).then((outcome) => port.postMessage(outcome));
});
