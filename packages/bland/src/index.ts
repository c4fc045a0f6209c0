/**
 * `@switchboard/bland`: a typed client for Bland AI's call records, generated from `specs/bland.yaml`.
 * Errors are the shared `@switchboard/core` hierarchy, re-exported here.
 */
export type { IterateOptions, Logger, LogLevel, Page, RequestOptions } from "@switchboard/core";
export * from "@switchboard/core/errors";
export * from "./client.js";
export type { components, operations, paths } from "./generated/bland.js";
