export {
  BENCH_T0,
  type BenchSample,
  type BenchSeed,
  benchText,
  seedObject,
} from "./bench-records.js";
export {
  type FaultServer,
  type FaultStep,
  fetchWithoutHeaders,
  type ReceivedRequest,
  startFaultServer,
} from "./fault-server.js";
export {
  definePagingStyle,
  type ListedCall,
  loadPagingStyles,
  type PageRequest,
  type PagingServer,
  type PagingServerOptions,
  type PagingStyle,
  pagingCall,
  pagingCalls,
  startPagingServer,
} from "./paging-server.js";
export { openMicTimedCall } from "./paging-styles/openmic.js";
export {
  createDatabase,
  type PostgresServer,
  postgresBinDir,
  postgresGlobalSetup,
  startPostgres,
} from "./postgres.js";
export {
  freePort,
  type PrismServer,
  prismGlobalSetup,
  prismsGlobalSetup,
  repoRoot,
  specPath,
  startPrism,
  startPrisms,
} from "./prism.js";
