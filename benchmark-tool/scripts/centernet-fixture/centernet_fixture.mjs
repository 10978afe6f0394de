// Runs the original CenterNet TF.js graph (npm @vladmandic/human 3.3.6, models/centernet.json + .bin) with pure-JS
// TensorFlow.js on the CPU backend, on a 512x512 RGB PNG made by SpatialLift, and writes a compact summary of its
// outputs as the engine's test fixture (see README.md in this folder).
//
// usage: node centernet_fixture.mjs MODEL_DIR INPUT_PNG OUT_JSON
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { PNG } from 'pngjs';

const [modelDir, inputPng, outJson] = process.argv.slice(2);
if (!outJson) {
  console.error('usage: node centernet_fixture.mjs MODEL_DIR INPUT_PNG OUT_JSON');
  process.exit(2);
}
const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

// A file-system IO handler: pure-JS tfjs has no file:// loader without tfjs-node.
const modelJsonBytes = fs.readFileSync(path.join(modelDir, 'centernet.json'));
const modelJson = JSON.parse(modelJsonBytes);
const shards = modelJson.weightsManifest.flatMap((g) => g.paths.map((p) => fs.readFileSync(path.join(modelDir, p))));
const weightData = Buffer.concat(shards);
const handler = {
  load: async () => ({
    modelTopology: modelJson.modelTopology,
    format: modelJson.format,
    generatedBy: modelJson.generatedBy,
    convertedBy: modelJson.convertedBy,
    signature: modelJson.signature,
    weightSpecs: modelJson.weightsManifest.flatMap((g) => g.weights),
    weightData: weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength),
  }),
};

await tf.setBackend('cpu');
const model = await loadGraphModel(handler);

const pngBytes = fs.readFileSync(inputPng);
const png = PNG.sync.read(pngBytes);
if (png.width !== 512 || png.height !== 512) throw new Error(`${inputPng}: expected 512x512, got ${png.width}x${png.height}`);
const pixels = new Float32Array(512 * 512 * 3);
for (let i = 0; i < 512 * 512; i++) {
  for (let c = 0; c < 3; c++) pixels[3 * i + c] = png.data[4 * i + c]; // RGBA -> RGB, 0..255 as float
}
const input = tf.tensor4d(pixels, [1, 512, 512, 3]);
const [keypoints, wh, detections] = model.execute(input, ['tower_0/keypoints', 'tower_0/wh', 'tower_0/detections']);
const kp = await keypoints.data(); // [1, 128, 128, 80]
const size = await wh.data(); // [1, 128, 128, 4]
const det = await detections.array(); // [1, 100, 6]: x0, y0, x1, y1, score, class in input pixels

// Sample positions: a fixed LCG (deterministic, no Math.random), plus every detection's peak.
let state = 12345;
const next = (n) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
const positions = [];
for (let i = 0; i < 400; i++) positions.push([next(128), next(128), next(80)]);
for (const d of det[0]) {
  const cx = (d[0] + d[2]) / 2 / 4;
  const cy = (d[1] + d[3]) / 2 / 4;
  positions.push([Math.round(cy), Math.round(cx), d[5]]);
}
const round = (v) => Number(v.toPrecision(9));
const keypointSamples = positions.map(([y, x, c]) => [y, x, c, round(kp[(y * 128 + x) * 80 + c])]);
const whSamples = positions.map(([y, x]) => [y, x, ...Array.from({ length: 4 }, (_, k) => round(size[(y * 128 + x) * 4 + k]))]);
const channelMax = Array.from({ length: 80 }, (_, c) => {
  let m = -Infinity;
  for (let i = 0; i < 128 * 128; i++) m = Math.max(m, kp[i * 80 + c]);
  return round(m);
});

const fixture = {
  about: 'Outputs of the original CenterNet TF.js graph, by benchmark-tool/scripts/centernet-fixture/centernet_fixture.mjs',
  tfjs: { version: tf.version_core, backend: tf.getBackend() },
  model: { json_sha256: sha256(modelJsonBytes), bin_sha256: sha256(weightData) },
  input: { file: path.basename(inputPng), sha256: sha256(pngBytes), shape: [1, 512, 512, 3], range: '0..255 RGB' },
  keypoints_shape: keypoints.shape,
  wh_shape: wh.shape,
  keypoint_samples_y_x_class_value: keypointSamples,
  wh_samples_y_x_left_top_right_bottom: whSamples,
  keypoint_channel_max: channelMax,
  detections_x0_y0_x1_y1_score_class: det[0].map((d) => d.map(round)),
};
fs.writeFileSync(outJson, JSON.stringify(fixture, null, 1) + '\n');
console.log(`wrote ${outJson}: top score ${det[0][0][4].toFixed(4)} class ${det[0][0][5]}`);
