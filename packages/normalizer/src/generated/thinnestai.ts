/**
 * GENERATED from specs/thinnestai.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/v2/calls/{call_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call
         * @description Retrieve a specific call with full details including transcript, recording, cost, and analysis.
         *     The 200 body is the bare call, as the page's example shows; one ThinnestAI page claims a
         *     `{data, message, status}` wrapper instead (https://docs.thinnest.ai/api-reference), which clients should unwrap when present.
         *     Source: https://docs.thinnest.ai/api-reference/calls/get (Get Call).
         */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calls
         * @description List call summaries with offset pagination (`limit` 1–200, `offset` ≥ 0) and filters by status, agent
         *     public id, type and an ISO 8601 date range; the body is `{calls, total}`. The query parameter names are
         *     **unconfirmed**: the reference names the filters but does not spell the parameters out (https://docs.thinnest.ai/api-reference/calls/list).
         *     Source: https://docs.thinnest.ai/api-reference/calls/list.
         */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Call type / direction: `web`, `inbound` or `outbound`. Source: https://docs.thinnest.ai/api-reference/calls/get (Response Fields: type).
         * @enum {string}
         */
        CallType: "web" | "inbound" | "outbound";
        /**
         * @description Call status: `active`, `ended`, `error`, `pending` or `deleted`. Source: https://docs.thinnest.ai/api-reference/calls/get (Response Fields: status).
         * @enum {string}
         */
        CallStatus: "active" | "ended" | "error" | "pending" | "deleted";
        /**
         * @description Overall sentiment: `positive`, `neutral` or `negative`. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis.sentiment).
         * @enum {string}
         */
        Sentiment: "positive" | "neutral" | "negative";
        /** @description A conversation message. Source: https://docs.thinnest.ai/api-reference/calls/get (transcript[]). */
        TranscriptEntry: {
            /**
             * @description Who spoke: `assistant` or `user`. Source: https://docs.thinnest.ai/api-reference/calls/get.
             * @enum {string}
             */
            role?: "assistant" | "user";
            /** @description Message text (in the conversation's language). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            content?: string;
            /** @description Seconds from call start, as a **string** (e.g. `"5.2"`), not a date. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Per-component costs in **USD**: `platform_fee`, `stt`, `tts`, `llm`, `telephony` (the page lists
         *     `cost.breakdown.*` as floats; other keys are accepted). Source: https://docs.thinnest.ai/api-reference/calls/get.
         */
        CostBreakdown: {
            /** @description Platform fee, USD. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            platform_fee?: number;
            /** @description Speech-to-text cost, USD. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            stt?: number;
            /** @description Text-to-speech cost, USD. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            tts?: number;
            /** @description Language-model cost, USD. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            llm?: number;
            /** @description Telephony cost, USD (0 for web calls). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            telephony?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description What the call cost, in USD and INR. The list rows carry only the totals. Source: https://docs.thinnest.ai/api-reference/calls/get, https://docs.thinnest.ai/api-reference/calls/list. */
        Cost: {
            /** @description Total cost in USD. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            total_usd?: number;
            /** @description Total cost in INR (Indian rupees). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            total_inr?: number;
            /** @description Per-component costs, USD. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            breakdown?: components["schemas"]["CostBreakdown"];
        } & {
            [key: string]: unknown;
        };
        /** @description LLM provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get (model). */
        Model: {
            /** @description LLM vendor (e.g. `groq`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            provider?: string;
            /** @description Model id (e.g. `llama-3.3-70b-versatile`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            model_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description STT provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get (transcriber). */
        Transcriber: {
            /** @description Speech-to-text vendor (e.g. `deepgram`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            provider?: string;
            /** @description Speech-to-text model (e.g. `nova-3`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            model?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description TTS provider + voice used. Source: https://docs.thinnest.ai/api-reference/calls/get (voice). */
        Voice: {
            /** @description Text-to-speech vendor (e.g. `cartesia`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            provider?: string;
            /** @description Text-to-speech model (e.g. `sonic-3`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            model?: string;
            /** @description Voice identifier at the TTS vendor (a UUID for Cartesia; truncated in the documented example). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            voice_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description AI-generated call summary. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis.summary). */
        AnalysisSummary: {
            /** @description Short overview of the call (text). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            overview?: string;
            /** @description Topics discussed. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            key_topics?: string[];
            /** @description Follow-up actions. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            action_items?: string[];
            /** @description Outcome, open string (e.g. `resolved`; the values are not enumerated). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            outcome?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Call quality score (0-100) with its reasoning. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis.score). */
        Score: {
            /** @description Quality score, 0–100 (an integer in the example, 85). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            score?: number;
            /** @description Why this score (text). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            reasoning?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Post-call analysis. Source: https://docs.thinnest.ai/api-reference/calls/get (analysis). */
        Analysis: {
            /** @description AI-generated call summary. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            summary?: components["schemas"]["AnalysisSummary"];
            /** @description Overall sentiment (positive, neutral, negative). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            sentiment?: components["schemas"]["Sentiment"];
            /** @description Call quality score (0-100). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            score?: components["schemas"]["Score"];
            /** @description Auto-detected call tags. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            tags?: string[];
            /** @description Questions the agent could not answer; in the example only (`[]`), item shape not documented. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            knowledge_gaps?: unknown[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A voice call with full details (the bare body of Get Call). The page marks no field required; `id` (the
         *     call's identity) and `agent_id` are required here. Fields the page's table omits but its example shows
         *     (`agent_name`, `started_at`, `ended_at`, `call_direction`, `created_at`, `updated_at`,
         *     `analysis.knowledge_gaps`) are included. Nullability beyond the example's (`phone_number`,
         *     `caller_phone`) is lenient for calls that are still active. Source: https://docs.thinnest.ai/api-reference/calls/get (Get Call).
         */
        Call: {
            /** @description Call ID (an integer, e.g. 77). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            id: number;
            /** @description web, inbound, outbound. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            type?: components["schemas"]["CallType"];
            /** @description active, ended, error, pending, deleted. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            status?: components["schemas"]["CallStatus"];
            /** @description Agent public ID (e.g. `ag_5d2678fd_e556`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            agent_id: string;
            /** @description Agent display name (in the example only). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            agent_name?: string;
            /**
             * Format: date-time
             * @description When the call started, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get (example).
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description When the call ended, ISO 8601 (UTC); null while active. Source: https://docs.thinnest.ai/api-reference/calls/get (example).
             */
            ended_at?: string | null;
            /** @description Total call duration, seconds (float, e.g. 99.1). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            duration_seconds?: number | null;
            /** @description Why the call ended, open string (e.g. `user_hangup`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            ended_reason?: string | null;
            /** @description Conversation messages, in order. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            transcript?: components["schemas"]["TranscriptEntry"][];
            /** @description Pre-signed recording URL; expires 1 hour after the response. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            recording_url?: string | null;
            /** @description Recording length in seconds (integer). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            recording_duration?: number | null;
            /** @description Total cost in USD and INR, and a per-component breakdown in USD. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            cost?: components["schemas"]["Cost"];
            /** @description LLM provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            model?: components["schemas"]["Model"];
            /** @description STT provider + model used. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            transcriber?: components["schemas"]["Transcriber"];
            /** @description TTS provider + voice used. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            voice?: components["schemas"]["Voice"];
            /** @description Average turn-around latency in ms. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            latency_ms?: number | null;
            /** @description Number of user interruptions (a count). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            interruptions?: number | null;
            /** @description Post-call analysis: summary, sentiment, score, tags. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            analysis?: components["schemas"]["Analysis"];
            /** @description Agent's phone number (for phone calls), E.164; null for web calls. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            phone_number?: string | null;
            /** @description Caller's phone number, E.164; null for web calls. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            caller_phone?: string | null;
            /** @description Direction: web, inbound or outbound (equal to `type` in the example). Source: https://docs.thinnest.ai/api-reference/calls/get (example). */
            call_direction?: components["schemas"]["CallType"];
            /**
             * Format: date-time
             * @description When the record was created, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get (example).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the record was last updated, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get (example).
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A row of List Calls: id, type, status, agent_id, agent_name, started_at, ended_at, duration_seconds,
         *     latency_ms, cost {total_usd, total_inr}. Get Call has the full record. Source: https://docs.thinnest.ai/api-reference/calls/list.
         */
        CallSummary: {
            /** @description Call ID (integer; the `call_id` of Get Call). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            id: number;
            /** @description web, inbound, outbound. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            type?: components["schemas"]["CallType"];
            /** @description active, ended, error, pending, deleted. Source: https://docs.thinnest.ai/api-reference. */
            status?: components["schemas"]["CallStatus"];
            /** @description Agent public ID. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            agent_id: string;
            /** @description Agent display name. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            agent_name?: string;
            /**
             * Format: date-time
             * @description When the call started, ISO 8601 (UTC). Source: https://docs.thinnest.ai/api-reference/calls/get.
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description When the call ended, ISO 8601 (UTC); null while active. Source: https://docs.thinnest.ai/api-reference/calls/get.
             */
            ended_at?: string | null;
            /** @description Call duration, seconds (float). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            duration_seconds?: number | null;
            /** @description Average turn-around latency, milliseconds. Source: https://docs.thinnest.ai/api-reference/calls/get. */
            latency_ms?: number | null;
            /** @description Totals only: `total_usd` (USD) and `total_inr` (INR). Source: https://docs.thinnest.ai/api-reference/calls/list. */
            cost?: components["schemas"]["Cost"];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of calls: `{calls, total}`; the next page is at `offset + calls.length` while that is below `total`. Source: https://docs.thinnest.ai/api-reference/calls/list. */
        ListCallsResponse: {
            /** @description This page's call summaries. Source: https://docs.thinnest.ai/api-reference/calls/list. */
            calls: components["schemas"]["CallSummary"][];
            /** @description Total number of calls matching the filters (a count). Source: https://docs.thinnest.ai/api-reference/calls/list. */
            total?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description ThinnestAI's error body `{detail, status}`, for 400, 401, 403, 404, 429 and 500. Source: https://docs.thinnest.ai/api-reference. */
        Error: {
            /** @description What went wrong (text). Source: https://docs.thinnest.ai/api-reference. */
            detail: string;
            /** @description The HTTP status code, repeated (e.g. 400). Source: https://docs.thinnest.ai/api-reference/calls/get. */
            status?: number;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid parameters. Source: https://docs.thinnest.ai/api-reference. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid API key. Source: https://docs.thinnest.ai/api-reference. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not authorized to access this call. Source: https://docs.thinnest.ai/api-reference/calls/get (Errors), https://docs.thinnest.ai/api-reference. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Call not found. Source: https://docs.thinnest.ai/api-reference/calls/get (Errors), https://docs.thinnest.ai/api-reference. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than 120 requests in a minute. Source: https://docs.thinnest.ai/api-reference/calls/get. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                /** @description Requests left in the current one-minute window: 0 when rate limited. Source: https://docs.thinnest.ai/api-reference. */
                "X-RateLimit-Remaining"?: number;
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. Source: https://docs.thinnest.ai/api-reference. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests allowed per window: 120 per minute for the API. Source: https://docs.thinnest.ai/api-reference. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current one-minute window (a count). Source: https://docs.thinnest.ai/api-reference. */
        "X-RateLimit-Remaining": number;
        /** @description When the window resets; the unit is not documented (commonly Unix epoch seconds). Source: https://docs.thinnest.ai/api-reference. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying, when sent (standard HTTP; not documented by ThinnestAI). */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call ID, an integer (e.g. 77; the call's `id`). Source: https://docs.thinnest.ai/api-reference/calls/get. */
                call_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Full call details, as a bare call object. (One page claims a `{data, message, status}` wrapper with
             *     the call in `data`; not modelled here, see the operation description.) Source: https://docs.thinnest.ai/api-reference/calls/get.
             */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 calls (default not documented). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list. */
                limit?: number;
                /** @description Number of calls to skip, ≥ 0 (a count). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list. */
                offset?: number;
                /** @description Only calls in this status: `active`, `ended` or `error`. Name unconfirmed. Source: https://docs.thinnest.ai/api-reference. */
                status?: "active" | "ended" | "error";
                /** @description Only calls of this agent (its public id, e.g. `ag_5d2678fd_e556`). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list. */
                agent_id?: string;
                /** @description Only calls of this type: `web`, `inbound` or `outbound`. Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list. */
                type?: components["schemas"]["CallType"];
                /** @description Only calls from this moment on, ISO 8601 date-time (e.g. `2026-03-01T00:00:00Z`). Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list. */
                start_date?: string;
                /** @description Only calls up to this moment, ISO 8601 date-time. Name unconfirmed. Source: https://docs.thinnest.ai/api-reference/calls/list. */
                end_date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of call summaries, `{calls, total}`. Source: https://docs.thinnest.ai/api-reference/calls/list. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCallsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
