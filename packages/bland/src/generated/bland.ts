/**
 * GENERATED from specs/bland.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/v1/calls/{call_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call Details
         * @description Retrieve detailed information, metadata and transcripts for a call.
         *     Source: https://docs.bland.ai/api-v1/get/calls-id
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
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calls
         * @description Returns a set of metadata for each call dispatched by your account, newest first unless
         *     `ascending=true`. Index-range pagination: `from` (inclusive start index) and `to` (end index) select
         *     a window of the filtered, sorted result set, `limit` caps it (default 1000); `total_count` is the
         *     number of calls matching the filters. Rows carry no transcripts. Whether `to` is exclusive is not
         *     certain (the reference's own example contradicts itself), so clients should advance `from` by the
         *     number of calls received. Source: https://docs.bland.ai/api-v1/get/calls
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
export interface webhooks {
    postCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post-call webhook
         * @description Sent to the call's `webhook` URL (or the inbound number's webhook) when the call ends: the call
         *     details with transcripts. With citations and "Delay post call webhook" enabled, one delayed payload
         *     (30–60 s later) adds `citations` and `corrected_transcript`; calls subscribed to
         *     `post_transfer_transcript` add `transfer_offset_seconds`, `post_transfer_transcript`, `event_type`
         *     and `contents`. Delivery counts as successful on any 2xx; failures are retried "based on the response
         *     code" (schedule not documented). Sources: https://docs.bland.ai/tutorials/post-call-webhooks,
         *     https://docs.bland.ai/tutorials/webhook-signing
         */
        post: operations["postCallWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    callEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Live call event
         * @description Live events streamed to the call's `webhook` during the call for each category listed in the Send
         *     Call `webhook_events` parameter (`queue`, `call`, `latency`, `webhook`, `tool`, `dynamic_data`, …).
         *     Not a call record. Source: https://docs.bland.ai/api-v1/post/calls (`webhook_events`).
         */
        post: operations["callEventWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Dispatch stage of the call: `new` (request received), `queued` (validated), `allocated` (being
         *     dispatched), `started` (live), `complete` (ended successfully); or where an error stopped it:
         *     `pre_queue_error`, `queue_error`, `call_error`, `complete_error` (details in `error_message`).
         *     `completed` is not in the documented list but is what the Call Details example shows.
         *     Source: https://docs.bland.ai/api-v1/get/calls-id (`queue_status`).
         * @enum {string}
         */
        QueueStatus: "new" | "queued" | "allocated" | "started" | "complete" | "completed" | "pre_queue_error" | "queue_error" | "call_error" | "complete_error";
        /**
         * @description The most up-to-date status of the call (only present for calls that were successfully created):
         *     `completed` (human or voicemail answered; see `answered_by`), `failed` (see `error_message`),
         *     `busy`, `no-answer`, `canceled`, `unknown`. Source: https://docs.bland.ai/api-v1/get/calls-id (`status`).
         * @enum {string}
         */
        Status: "completed" | "failed" | "busy" | "no-answer" | "canceled" | "unknown";
        /**
         * @description Who answered, from the first five seconds of audio: `human`, `voicemail`, `unknown` (too little
         *     audio; most likely a human), `no-answer`, or `null` (not enabled, or still processing).
         *     Source: https://docs.bland.ai/api-v1/get/calls-id (`answered_by`).
         * @enum {string|null}
         */
        AnsweredBy: "human" | "voicemail" | "unknown" | "no-answer" | null;
        /**
         * @description Who ended the call: `ASSISTANT` (the agent) or `USER`. Source: https://docs.bland.ai/api-v1/get/calls-id.
         * @enum {string|null}
         */
        CallEndedBy: "ASSISTANT" | "USER" | null;
        /**
         * @description One phrase spoken during the call. `created_at` is an **absolute** ISO 8601 time, not an offset.
         *     Source: https://docs.bland.ai/api-v1/get/calls-id (`transcripts`).
         */
        TranscriptEntry: {
            /** @description Id of the phrase. */
            id?: number;
            /**
             * Format: date-time
             * @description When the phrase was recorded (ISO 8601 with offset, absolute).
             */
            created_at?: string;
            /** @description What was said (or the action, for `agent-action`). */
            text?: string;
            /**
             * @description Speaker: `user`, `assistant`, `robot` or `agent-action` (e.g. `Ended call`).
             * @enum {string}
             */
            user?: "user" | "assistant" | "robot" | "agent-action";
            /** @description Id of the call the phrase belongs to. */
            c_id?: string;
            /** @description Undocumented; `null` in the examples. */
            status?: string | null;
            /** @description Undocumented id; `null` or a UUID in the examples. */
            transcript_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One speaker-attributed segment with timings in **seconds** from the start of the conversation (of the
         *     transferred conversation, for `post_transfer_transcript`). Source:
         *     https://docs.bland.ai/tutorials/post-call-webhooks
         */
        TimedSegment: {
            /** @description Start, seconds. */
            start?: number;
            /** @description End, seconds. */
            end?: number;
            /** @description Speaker number (`1` the user, `2` the agent or the representative, in the examples). */
            speaker?: number;
            /** @description Speaker label (`assistant`, `user`, `representative`). */
            speaker_label?: string;
            text?: string;
            /** @description Recognition confidence, 0–1. */
            confidence?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description State of a warm transfer or of one proxy agent call.
         * @enum {string}
         */
        WarmTransferState: "STARTED" | "TIMED_OUT" | "CANCELLED" | "MERGED" | "NO_ANSWER";
        /** @description Warm transfer details. Source: https://docs.bland.ai/api-v1/get/calls-id (`warm_transfer_call`). */
        WarmTransferCall: {
            proxy_agent_calls?: ({
                state?: components["schemas"]["WarmTransferState"];
                /** @description Id of the proxy agent call. */
                call_id?: string;
                /** @description Number used for the proxy agent call (E.164). */
                phone_number?: string;
            } & {
                [key: string]: unknown;
            })[];
            state?: components["schemas"]["WarmTransferState"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One variable extracted by a citation schema (enterprise feature), with the utterances it cites
         *     (`start_time`/`end_time` in seconds). Source: https://docs.bland.ai/tutorials/post-call-webhooks
         */
        Citation: {
            call_id?: string;
            variable_name?: string;
            variable_type?: string;
            /** @description The extracted value (any JSON type). */
            value?: unknown;
            schema_id?: string;
            cited_utterances?: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Bland call record (Call Details; list rows are the same object without `transcripts`).
         *     Source: https://docs.bland.ai/api-v1/get/calls-id
         */
        Call: {
            /** @description The unique identifier of the call. The reference labels it `number`; every example is a UUID string. */
            call_id: string;
            /** @description Undocumented; equal to `call_id` in the examples. */
            c_id?: string;
            /** @description The length of the call in **minutes** (e.g. `0.75` = 45 s). */
            call_length?: number | null;
            /**
             * @description The corrected duration of the call in **seconds**, as a decimal string (`"45"`): "the actual
             *     length of the call, not the `max_duration`".
             */
            corrected_duration?: string | null;
            /** @description Longest the call was allowed to last, **minutes** (Send Call default 30). */
            max_duration?: number | null;
            /** @description The batch the call belongs to, if any. */
            batch_id?: string | null;
            /** @description The phone number that received the call (E.164 in most examples; the List Calls example shows `5551234567`). */
            to?: string;
            /** @description The phone number that made the call (E.164). */
            from?: string;
            /** @description Parameters of the original API request. Free-form. */
            request_data?: {
                [key: string]: unknown;
            } | null;
            /** @description Whether the call has been completed; more up to date than `queue_status` when they differ. */
            completed?: boolean;
            /** @description `true` for inbound calls, `false` for outbound calls. */
            inbound?: boolean;
            /**
             * Format: date-time
             * @description When the call request was created (ISO 8601 with offset).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the call was connected (ISO 8601).
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description Documented as the time the call **will automatically be ended** if still connected (because of
             *     `max_duration`) — NOT the time it ended. Do not read it as the end time.
             */
            end_at?: string | null;
            queue_status?: components["schemas"]["QueueStatus"];
            status?: components["schemas"]["Status"];
            /** @description Deployment that handled the call (`api.prod.bland.ai` unless an Enterprise deployment). */
            endpoint_url?: string;
            /** @description Description of an error, else `null` (e.g. `Call failed. The number you dialed is busy. Please try again later.`). */
            error_message?: string | null;
            /** @description Variables created during the call (system variables, `dynamic_data`, custom tools). Free-form. */
            variables?: {
                [key: string]: unknown;
            } | null;
            answered_by?: components["schemas"]["AnsweredBy"];
            /** @description Whether the call audio was recorded. */
            record?: boolean;
            /** @description URL of the recording; only when `record` was `true`. */
            recording_url?: string | null;
            /**
             * Format: date-time
             * @description When `recording_url` stops working (ISO 8601). Shown in the webhook examples only.
             */
            recording_expiration?: string | null;
            /** @description The `metadata` set in the request that sent the call. Free-form. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Short summary of the call, generated from the transcript when the call ends. */
            summary?: string | null;
            /** @description The cost of the call in **USD**. */
            price?: number | null;
            /** @description Whether Local Dialing was enabled for the account at the time of the call. */
            local_dialing?: boolean;
            call_ended_by?: components["schemas"]["CallEndedBy"];
            /** @description The conversational pathway the call used, if any. */
            pathway_id?: string | null;
            /** @description Version of the pathway used; `null` when no pathway was used. */
            pathway_version?: number | null;
            /**
             * @description Detailed pathway logs. Documented as a string; `null` in the Call Details example and an array of
             *     objects in the webhook examples, so any JSON value is accepted.
             */
            pathway_logs?: unknown;
            /** @description Tags of the pathway nodes visited. */
            pathway_tags?: string[] | null;
            /** @description Disposition of the call (e.g. `COMPLETED_ACTION`). Shown in the webhook examples only. */
            disposition_tag?: string | null;
            /** @description Structured data extracted during post-call analysis. Free-form. */
            analysis?: {
                [key: string]: unknown;
            } | null;
            /** @description All the text of the call in one string, turns as `speaker: text` joined by newlines. */
            concatenated_transcript?: string | null;
            /** @description The phrases spoken during the call, in order. Absent from List Calls rows. */
            transcripts?: components["schemas"]["TranscriptEntry"][];
            /** @description Number the call was transferred to. */
            transferred_to?: string | null;
            /**
             * Format: date-time
             * @description When the call was transferred (ISO 8601).
             */
            transferred_at?: string | null;
            /** @description Length before the transfer; **minutes** by analogy with `call_length` (unit not documented). */
            pre_transfer_duration?: number | null;
            /** @description Length after the transfer; **minutes** by analogy with `call_length` (unit not documented). */
            post_transfer_duration?: number | null;
            /** @description Citations extracted if a citation schema was attached (enterprise). */
            citations?: components["schemas"]["Citation"][] | null;
            /** @description Citation schemas attached to the call. */
            citation_schema_ids?: string[];
            warm_transfer_call?: components["schemas"]["WarmTransferCall"] | null;
            /** @description Whether this call is a proxy agent call of a warm transfer. */
            is_proxy_agent_call?: boolean;
            /** @description Whether the call ran on a canary deployment; `null` when unknown. */
            is_canary?: boolean | null;
            /** @description The voice the agent used. */
            voice_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The post-call webhook body: the call details (with `transcripts`) plus, on delayed or subscribed
         *     deliveries, the enrichments below. Source: https://docs.bland.ai/tutorials/post-call-webhooks
         */
        PostCallWebhook: components["schemas"]["Call"] & ({
            /** @description Re-transcribed conversation with speaker labels and timings in **seconds** from the call start (delayed webhook). */
            corrected_transcript?: components["schemas"]["TimedSegment"][];
            /** @description Seconds from the start of the call to the transfer. */
            transfer_offset_seconds?: number;
            /** @description The conversation after a transfer; timings in seconds from the start of the transferred conversation. */
            post_transfer_transcript?: components["schemas"]["TimedSegment"][];
            /** @description The one enrichment the payload carries (`citations`, `post_transfer_transcript`, …), or `multiple` (see `contents`). */
            event_type?: string;
            /** @description The enrichments present, when `event_type` is `multiple`. */
            contents?: ("citations" | "corrected_transcript" | "dispositions" | "post_transfer_transcript" | "live_translation_transcript")[];
        } & {
            [key: string]: unknown;
        });
        /** @description A live call event. Source: https://docs.bland.ai/api-v1/post/calls (`webhook_events`). */
        CallEvent: {
            /** @description The log line (`Call connected`, `TTS: 218ms`, …). */
            message: string;
            call_id: string;
            /** @description Category of the event (`queue`, `call`, `latency`, …). */
            category?: string;
            /** @description `info`, `performance`, … */
            log_level?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One range of calls. Source: https://docs.bland.ai/api-v1/get/calls */
        ListCallsResponse: {
            /** @description Number of calls matching the filters (may exceed the calls returned). Absent from the reference's example. */
            total_count?: number;
            /** @description Number of calls returned in the response. */
            count?: number;
            /** @description The calls, without transcripts. */
            calls: components["schemas"]["Call"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One error of an `errors` list, e.g. `{error: AUTH_FAILURE, message: Unauthorized}`. */
        ErrorDetail: {
            /** @description Error code (`AUTH_FAILURE`, `CALL_NOT_FOUND`, …). */
            error?: string;
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Bland's error bodies, as documented for other endpoints (the GET endpoints document none):
         *     `{status: "error", message, errors?: string[]}` (Send Call 400/403/429, https://docs.bland.ai/api-v1/post/calls)
         *     or `{status?: "error", data: null, errors: [{error, message}]}` (Send Call 401; Listen to Call 404,
         *     https://docs.bland.ai/api-v1/post/calls-id-listen). Modelled leniently.
         */
        Error: {
            /** @description `error`. */
            status?: string;
            /** @description What went wrong. */
            message?: string;
            data?: null;
            /** @description Validation messages (strings) or `{error, message}` objects. */
            errors?: (string | components["schemas"]["ErrorDetail"])[] | null;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid parameters (shape as documented for Send Call). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid API key (body as documented for Send Call). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No call with this id (body as documented for Listen to Call; not documented for Call Details). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Rate limited. Bland documents 429 bodies for Send Call only (`Rate limit exceeded`, same-number
         *     spacing, new accounts, international); limits of the GET endpoints and a `Retry-After` header are
         *     not documented.
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent (not documented by Bland). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error (body not documented). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Use your own Twilio account (BYOT): only calls of that account are returned. Optional. Source:
         *     https://docs.bland.ai/api-v1/get/calls-id (Headers).
         */
        EncryptedKey: string;
        /**
         * @description Hex HMAC-SHA256 of the request body, keyed with the webhook signing secret created in the Dev
         *     Portal (Account Settings → Keys). Sent once a secret exists; no timestamp is signed. The docs'
         *     sample signs `JSON.stringify(req.body)`; whether Bland signs the exact bytes it sends is not
         *     documented. Source: https://docs.bland.ai/tutorials/webhook-signing
         */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCall: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Use your own Twilio account (BYOT): only calls of that account are returned. Optional. Source:
                 *     https://docs.bland.ai/api-v1/get/calls-id (Headers).
                 */
                encrypted_key?: components["parameters"]["EncryptedKey"];
            };
            path: {
                /** @description The unique identifier of the call (a UUID in every example). */
                call_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call, with its transcripts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description Filter calls by the number that initiated the call (the user's number for inbound calls, your agent's number for outbound calls). */
                from_number?: string;
                /** @description Filter calls by the number that answered the call (the user's number for outbound calls, your agent's number for inbound calls). */
                to_number?: string;
                /** @description The starting index (inclusive, 0-based) of the range of calls to retrieve. */
                from?: number;
                /** @description The ending index of the range of calls to retrieve (where the API stops returning data). */
                to?: number;
                /** @description The maximum number of calls to return in the response. Default 1000; no maximum is documented. */
                limit?: number;
                /** @description Whether to sort the calls in ascending order of their creation time. Default `false`. */
                ascending?: boolean;
                /** @description Field to sort the results by. Default `created_at`. */
                sort_by?: "created_at" | "updated_at";
                /**
                 * @description Calls including and after this date: a date (`YYYY-MM-DD`, UTC unless `timezone` is given) or a
                 *     full ISO 8601 date-time with offset (`2026-02-19T00:00:00-05:00`).
                 */
                start_date?: string;
                /**
                 * @description Calls including and before this date: a date (`YYYY-MM-DD`, UTC unless `timezone` is given) or a
                 *     full ISO 8601 date-time with offset (`2026-02-19T23:59:59-05:00`).
                 */
                end_date?: string;
                /** @description Calls of one date (`YYYY-MM-DD`, UTC unless `timezone` is given). Can't be used with `start_date` or `end_date`. */
                created_at?: string;
                /** @description IANA time zone name (`America/Toronto`, `UTC`) in which date-only values of `start_date`, `end_date` and `created_at` are read. */
                timezone?: string;
                /** @description Calls updated including and after this date (`YYYY-MM-DD`). */
                update_start_date?: string;
                /** @description Calls updated including and before this date (`YYYY-MM-DD`). */
                update_end_date?: string;
                /** @description Filter calls by completed status. */
                completed?: boolean;
                /** @description Calls of one batch. */
                batch_id?: string;
                /** @description Filter by `answered_by` (e.g. `human`). */
                answered_by?: string;
                /** @description Filter inbound (`true`) or outbound (`false`) calls. */
                inbound?: boolean;
                /** @description Call length greater than this many **minutes** (`0.5` = half a minute). */
                duration_gt?: number;
                /** @description Call length less than this many **minutes** (`0.5` = half a minute). */
                duration_lt?: number;
                /** @description Calls of one campaign. */
                campaign_id?: string;
            };
            header?: {
                /**
                 * @description Use your own Twilio account (BYOT): only calls of that account are returned. Optional. Source:
                 *     https://docs.bland.ai/api-v1/get/calls-id (Headers).
                 */
                encrypted_key?: components["parameters"]["EncryptedKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One range of calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCallsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    postCallWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256 of the request body, keyed with the webhook signing secret created in the Dev
                 *     Portal (Account Settings → Keys). Sent once a secret exists; no timestamp is signed. The docs'
                 *     sample signs `JSON.stringify(req.body)`; whether Bland signs the exact bytes it sends is not
                 *     documented. Source: https://docs.bland.ai/tutorials/webhook-signing
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostCallWebhook"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A 4xx or 5xx answer counts as a failed delivery and may be retried. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    callEventWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256 of the request body, keyed with the webhook signing secret created in the Dev
                 *     Portal (Account Settings → Keys). Sent once a secret exists; no timestamp is signed. The docs'
                 *     sample signs `JSON.stringify(req.body)`; whether Bland signs the exact bytes it sends is not
                 *     documented. Source: https://docs.bland.ai/tutorials/webhook-signing
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A 4xx or 5xx answer counts as a failed delivery. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
