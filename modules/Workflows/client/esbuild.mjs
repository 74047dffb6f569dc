// Bundles the Workflows module's browser code into ../wwwroot/dist (run by the csproj's BundleFrontEnd target).
import { build } from 'esbuild';

const watch = process.argv.includes('--dev');

await build({
  entryPoints: {
    designer: 'src/designer.js',
    inbox: 'src/inbox.js',
    task: 'src/task.js',
    instances: 'src/instances.js',
    instance: 'src/instance.js'
  },
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  outdir: '../wwwroot/dist',
  loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'warning'
});
