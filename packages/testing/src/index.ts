export {
  freePort,
  type PrismServer,
  prismGlobalSetup,
  repoRoot,
  specPath,
  startPrism,
  startPrisms,
} from "./prism.js";
