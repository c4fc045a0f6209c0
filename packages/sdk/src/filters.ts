import type { Call, Direction, UnifiedStatus } from "@switchboard/normalizer";
import {
  type AnyProviderDescriptor,
  FILTER_NAMES,
  type UnifiedFilterName,
  type UnifiedFilterValues,
} from "./descriptor.js";
import { invalidArgument } from "./errors.js";
import { toInstant } from "./time.js";

/** Every unified status, for validation. */
export const UNIFIED_STATUSES: readonly UnifiedStatus[] = [
  "queued",
  "ringing",
  "in_progress",
  "ended",
  "not_connected",
  "error",
  "unknown",
];
/** Both directions. */
export const DIRECTIONS: readonly Direction[] = ["inbound", "outbound"];

/** The unified filters of a listing, as a caller gives them. */
export interface CallFilters {
  /** Calls that started at or after this instant (ISO 8601 string or `Date`; no offset = UTC). */
  since?: string | Date | undefined;
  /** Calls that started at or before this instant (ISO 8601 string or `Date`; no offset = UTC). */
  until?: string | Date | undefined;
  /** Calls with this unified status. */
  status?: UnifiedStatus | undefined;
  /** `inbound` or `outbound`; a call without a direction (a web call) never matches. */
  direction?: Direction | undefined;
  /** Calls of this agent (the provider's agent id, `Call.agentId`). */
  agentId?: string | undefined;
}

/** Filters after validation: instants as ISO 8601 UTC strings. */
export type ResolvedFilters = Partial<UnifiedFilterValues>;

/**
 * Validates `filters`. @throws {InvalidArgumentError} for a date that is not ISO 8601, `since` after
 * `until`, an unknown status or direction, or an empty agent id.
 */
export function resolveFilters(filters: CallFilters): ResolvedFilters {
  const out: ResolvedFilters = {};
  if (filters.since !== undefined) out.since = toInstant("since", filters.since);
  if (filters.until !== undefined) out.until = toInstant("until", filters.until);
  if (out.since && out.until && out.since > out.until)
    throw invalidArgument("since", `is after until (${out.since} > ${out.until})`);
  if (filters.status !== undefined) {
    if (!UNIFIED_STATUSES.includes(filters.status))
      throw invalidArgument("status", `must be one of ${UNIFIED_STATUSES.join(", ")}`);
    out.status = filters.status;
  }
  if (filters.direction !== undefined) {
    if (!DIRECTIONS.includes(filters.direction))
      throw invalidArgument("direction", "must be inbound or outbound");
    out.direction = filters.direction;
  }
  if (filters.agentId !== undefined) {
    if (typeof filters.agentId !== "string" || filters.agentId.trim() === "")
      throw invalidArgument("agentId", "must be a non-empty string");
    out.agentId = filters.agentId;
  }
  return out;
}

/**
 * The provider's list parameters for `filters` and the filters that were sent natively. Every filter is
 * checked again on the normalized calls ({@link matches}).
 */
export function nativeParams<Params>(
  descriptor: AnyProviderDescriptor,
  filters: ResolvedFilters,
): { params: Params; native: UnifiedFilterName[] } {
  const params = descriptor.listParams() as Params;
  const native: UnifiedFilterName[] = [];
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    const filter = descriptor.filters[name];
    if (value !== undefined && filter?.apply(params, value as never)) native.push(name);
  }
  return { params, native };
}

/**
 * Whether a normalized call passes every filter: `since`/`until` compare `startedAt` (a call without one
 * does not match a date filter), `status` the unified status, `direction` and `agentId` as equal.
 */
export function matches(call: Call, filters: ResolvedFilters): boolean {
  if (filters.since !== undefined && (call.startedAt === undefined || call.startedAt < filters.since))
    return false;
  if (filters.until !== undefined && (call.startedAt === undefined || call.startedAt > filters.until))
    return false;
  if (filters.status !== undefined && call.status.unified !== filters.status) return false;
  if (filters.direction !== undefined && call.direction !== filters.direction) return false;
  if (filters.agentId !== undefined && call.agentId !== filters.agentId) return false;
  return true;
}

/**
 * Newest first by `startedAt`; calls without a start time last; ties by provider then id (a total order,
 * so merged output is deterministic).
 */
export function newestFirst(a: Call, b: Call): number {
  if (a.startedAt !== b.startedAt) {
    if (a.startedAt === undefined) return 1;
    if (b.startedAt === undefined) return -1;
    return a.startedAt > b.startedAt ? -1 : 1;
  }
  if (a.provider !== b.provider) return a.provider < b.provider ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
