/**
 * GENERATED from specs/retell.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/v2/get-call/{call_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call
         * @description Retrieve one call (web or phone) by its id, with transcript, latency, cost and post-call analysis.
         *     Source: https://docs.retellai.com/api-references/get-call.
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
    "/v3/list-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Calls
         * @description List calls with cursor pagination: send the response's `pagination_key` back (opaque) to get the
         *     next page while `has_more` is true. Sorted by `start_timestamp`, newest first by default. Source:
         *     https://docs.retellai.com/api-references/list-calls and the SDK's `call.list()` (`POST /v3/list-calls`).
         */
        post: operations["listCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/list-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Calls (legacy v2)
         * @deprecated
         * @description The legacy list: answers a bare **array** of calls. The next page is requested with
         *     `pagination_key` = the `call_id` of the last call received (exclusive); a page shorter than `limit`
         *     is the last. `limit` defaults to 50, at most 1000. Deprecated in Retell's SDKs in favour of
         *     `POST /v3/list-calls`. Source: https://docs.retellai.com/api-references/list-calls.
         */
        post: operations["listCallsLegacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    call_started: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call_started
         * @description Sent when a call begins, with basic call information. Not sent for calls that never connected
         *     (`dial_failed`, `dial_no_answer`, `dial_busy`). Delivery: POST, 10 s timeout, retried up to 3 times
         *     without a 2xx; signed in `x-retell-signature`. Source: https://docs.retellai.com/features/webhook-overview.
         */
        post: operations["callStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    call_ended: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call_ended
         * @description Sent when a call completes, transfers or errors: every field of the call object except
         *     `call_analysis`. Fields without a value (e.g. `metadata`, `retell_llm_dynamic_variables`) are left
         *     out. Source: https://docs.retellai.com/features/webhook-overview.
         */
        post: operations["callEndedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    call_analyzed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call_analyzed
         * @description Sent when post-call analysis is complete: the full call, `call_analysis` included.
         *     Source: https://docs.retellai.com/features/webhook-overview.
         */
        post: operations["callAnalyzedWebhook"];
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
         * @description `web_call` or `phone_call`; tells the two call variants apart.
         * @enum {string}
         */
        CallType: "web_call" | "phone_call";
        /**
         * @description Direction of a phone call (phone calls only).
         * @enum {string}
         */
        CallDirection: "inbound" | "outbound";
        /**
         * @description Status of the call: `registered` (call id issued, not yet started), `not_connected` (never
         *     connected), `ongoing` (connected), `ended` (either side hung up, or the call was transferred),
         *     `error`. Source: https://docs.retellai.com/api-references/get-call.
         * @enum {string}
         */
        CallStatus: "registered" | "not_connected" | "ongoing" | "ended" | "error";
        /**
         * @description Why the call ended. The values of Retell's SDK (`CallListParams.FilterCriteria.DisconnectionReason`;
         *     `no_concurrency_fallback`, `manual_stopped` and `call_take_over` are newer than the published OpenAPI
         *     file), then those documented earlier and kept because older call records may still carry them
         *     (`machine_detected`, `error_inbound_webhook`, `error_twilio`, `error_frontend_corrupted_payload`). A value
         *     not listed is drift: kept as sent (a warning under `validateResponses`). Meaning of each:
         *     https://docs.retellai.com/reliability/debug-call-disconnect.
         * @enum {string}
         */
        DisconnectionReason: "user_hangup" | "agent_hangup" | "call_transfer" | "voicemail_reached" | "ivr_reached" | "inactivity" | "max_duration_reached" | "concurrency_limit_reached" | "no_concurrency_fallback" | "no_valid_payment" | "scam_detected" | "dial_busy" | "dial_failed" | "dial_no_answer" | "invalid_destination" | "telephony_provider_permission_denied" | "telephony_provider_unavailable" | "sip_routing_error" | "marked_as_spam" | "user_declined" | "error_llm_websocket_open" | "error_llm_websocket_lost_connection" | "error_llm_websocket_runtime" | "error_llm_websocket_corrupt_payload" | "error_no_audio_received" | "error_asr" | "error_retell" | "error_unknown" | "error_user_not_joined" | "registered_call_timeout" | "transfer_bridged" | "transfer_cancelled" | "manual_stopped" | "call_take_over" | "machine_detected" | "error_inbound_webhook" | "error_twilio" | "error_frontend_corrupted_payload";
        /**
         * @description The fields of a Retell call, web or phone (`GetCallResponse` narrows `call_type`). Source:
         *     https://docs.retellai.com/api-references/get-call. `agent_version` is marked required by the
         *     reference but absent from the reference's own example (which has `version`) and from the webhook
         *     example, so it is optional here.
         */
        Call: {
            /** @description Unique id of the call. */
            call_id: string;
            /** @description Corresponding agent id of this call. */
            agent_id: string;
            /** @description Name of the agent. */
            agent_name?: string;
            /** @description The version of the agent. */
            agent_version?: number;
            /**
             * @description The agent's environment tag (e.g. `prod`, `staging`) that pointed at the agent version the call ran,
             *     resolved when the call started and frozen thereafter; absent when no tag pointed at that version
             *     (and for calls created before the field existed). Source: Retell's SDK (`CallResponse.agent_tag`).
             */
            agent_tag?: string | null;
            call_type: components["schemas"]["CallType"];
            call_status: components["schemas"]["CallStatus"];
            /**
             * @description Web calls only: access token to enter the web call room. The reference marks it required for web
             *     calls; webhook payloads of web calls are not documented to carry it, so it is optional here.
             */
            access_token?: string;
            /** @description Phone calls only. The caller number (E.164, e.g. `+12137771234`). */
            from_number?: string;
            /** @description Phone calls only. The callee number (E.164). */
            to_number?: string;
            direction?: components["schemas"]["CallDirection"];
            telephony_identifier?: components["schemas"]["TelephonyIdentifier"];
            /** @description An arbitrary object stored with the call (e.g. your customer id). Free-form. */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description Dynamic variables (string key → string value) injected into the Response Engine prompt. */
            retell_llm_dynamic_variables?: {
                [key: string]: unknown;
            };
            /** @description Dynamic variables collected during the call. Available after the call ends. */
            collected_dynamic_variables?: {
                [key: string]: unknown;
            };
            /** @description Custom SIP headers added to the call (string → string). */
            custom_sip_headers?: {
                [key: string]: unknown;
            };
            /**
             * @description Data storage setting of the call's agent.
             * @enum {string|null}
             */
            data_storage_setting?: "everything" | "everything_except_pii" | "basic_attributes_only" | null;
            /** @description Whether the log and recording URLs are signed; signed URLs expire after 24 hours. */
            opt_in_signed_url?: boolean;
            /** @description Begin time, Unix epoch **milliseconds**. Available after the call starts. */
            start_timestamp?: number;
            /** @description End time, Unix epoch **milliseconds**. Available after the call ends. */
            end_timestamp?: number;
            /** @description End time of the transfer leg, Unix epoch **milliseconds**. Available after a transferred call ends. */
            transfer_end_timestamp?: number;
            /** @description Duration of the call in **milliseconds**. Available after the call ends. */
            duration_ms?: number;
            /** @description Transcription of the call as text, one "Agent: …" / "User: …" line per utterance. */
            transcript?: string;
            /** @description The transcript as utterances with word timings. Available after the call ends. */
            transcript_object?: components["schemas"]["Utterance"][];
            /** @description The transcript interleaved with tool calls, node transitions, DTMF, SMS and injected messages. */
            transcript_with_tool_calls?: components["schemas"]["TranscriptItem"][];
            /** @description `transcript_with_tool_calls` without PII. */
            scrubbed_transcript_with_tool_calls?: components["schemas"]["TranscriptItem"][];
            /** @description Recording of the call. Available after the call ends (signed URLs expire after 24 h). */
            recording_url?: string;
            /** @description Recording with each party on its own channel. */
            recording_multi_channel_url?: string;
            /** @description Recording without PII. */
            scrubbed_recording_url?: string;
            /** @description Multi-channel recording without PII. */
            scrubbed_recording_multi_channel_url?: string;
            /** @description Public log of the call (LLM websocket requests/responses, per-turn latency). */
            public_log_url?: string;
            /** @description Knowledge base contents retrieved during the call. */
            knowledge_base_retrieved_contents_url?: string;
            latency?: components["schemas"]["CallLatency"];
            disconnection_reason?: components["schemas"]["DisconnectionReason"];
            /** @description Where a `call_transfer` went (a phone number, or a `sip:` URI). */
            transfer_destination?: string | null;
            call_analysis?: components["schemas"]["CallAnalysis"];
            call_cost?: components["schemas"]["CallCost"];
            llm_token_usage?: components["schemas"]["LlmTokenUsage"];
        } & {
            [key: string]: unknown;
        };
        /** @description A web call (`call_type: web_call`). */
        WebCall: components["schemas"]["Call"] & ({
            /**
             * @description Always `web_call`.
             * @enum {string}
             */
            call_type: "web_call";
        } & {
            [key: string]: unknown;
        });
        /** @description A phone call (`call_type: phone_call`) with its numbers and direction. */
        PhoneCall: components["schemas"]["Call"] & ({
            /**
             * @description Always `phone_call`.
             * @enum {string}
             */
            call_type: "phone_call";
        } & {
            [key: string]: unknown;
        });
        /** @description A web call or a phone call, by `call_type`. */
        GetCallResponse: components["schemas"]["WebCall"] | components["schemas"]["PhoneCall"];
        /** @description Telephony identifiers of a phone call, when available (tracking only). */
        TelephonyIdentifier: {
            /** @description Twilio call SID. */
            twilio_call_sid?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One word of an utterance with its timing (an approximation, per Retell). */
        Word: {
            /** @description The word, with punctuation if any. */
            word?: string;
            /** @description Start of the word, **seconds** relative to the call audio (not wall time). */
            start?: number;
            /** @description End of the word, **seconds** relative to the call audio (not wall time). */
            end?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One utterance. It has no start/end of its own; its words carry the timings. */
        Utterance: {
            /**
             * @description Who spoke.
             * @enum {string}
             */
            role: "agent" | "user" | "transfer_target";
            /** @description What was said. */
            content: string;
            /** @description The words with their timings (the reference marks it required; lenient here). */
            words?: components["schemas"]["Word"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A tool call made by the agent. */
        ToolCallInvocation: {
            /**
             * @description Always `tool_call_invocation`.
             * @enum {string}
             */
            role: "tool_call_invocation";
            /** @description Tool call id, globally unique. */
            tool_call_id: string;
            /** @description Name of the function called. */
            name: string;
            /** @description The arguments, a JSON object as a string. */
            arguments: string;
            /** @description Thought signature of Google Gemini thinking models (internal reasoning chain). */
            thought_signature?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The result of a tool call. */
        ToolCallResult: {
            /**
             * @description Always `tool_call_result`.
             * @enum {string}
             */
            role: "tool_call_result";
            /** @description Id of the invocation this result answers. */
            tool_call_id: string;
            /** @description The result: a string, often stringified JSON. */
            content: string;
            /** @description Whether the tool call succeeded. */
            successful?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A conversation-flow node transition. */
        NodeTransition: {
            /**
             * @description Always `node_transition`.
             * @enum {string}
             */
            role: "node_transition";
            /** @description Id of the node left. */
            former_node_id?: string;
            /** @description Name of the node left. */
            former_node_name?: string;
            /** @description Id of the node entered. */
            new_node_id?: string;
            /** @description Name of the node entered. */
            new_node_name?: string;
            /**
             * @description How the transition happened.
             * @enum {string}
             */
            transition_type?: "global" | "global_go_back" | "interrupt_go_back" | "normal";
        } & {
            [key: string]: unknown;
        };
        /** @description A keypad digit pressed by the user. */
        Dtmf: {
            /**
             * @description Always `dtmf`.
             * @enum {string}
             */
            role: "dtmf";
            /** @description One of `0`–`9`, `*`, `#`. */
            digit: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An SMS sent during the call. */
        SmsMessage: {
            /**
             * @description Always `sms`.
             * @enum {string}
             */
            role: "sms";
            /** @description Text of the SMS. */
            content: string;
            /** @description When, **seconds** from the call start. */
            time_sec?: number;
            /** @description Attached media, `{url, summary}`. */
            multimedia?: ({
                url?: string;
                summary?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description A message injected into the conversation. */
        InjectedMessage: {
            /**
             * @description Always `injected`.
             * @enum {string}
             */
            role: "injected";
            /** @description The injected text. */
            content: string;
            /** @description When, **seconds** from the call start. */
            time_sec?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One entry of `transcript_with_tool_calls`, by `role`. */
        TranscriptItem: components["schemas"]["Utterance"] | components["schemas"]["ToolCallInvocation"] | components["schemas"]["ToolCallResult"] | components["schemas"]["NodeTransition"] | components["schemas"]["Dtmf"] | components["schemas"]["SmsMessage"] | components["schemas"]["InjectedMessage"];
        /** @description Distribution of one latency over the call's turns, **milliseconds** (`num` is a count). */
        LatencyStats: {
            /** @description 50th percentile, ms. */
            p50?: number;
            /** @description 90th percentile, ms. */
            p90?: number;
            /** @description 95th percentile, ms. */
            p95?: number;
            /** @description 99th percentile, ms. */
            p99?: number;
            /** @description Maximum, ms. */
            max?: number;
            /** @description Minimum, ms. */
            min?: number;
            /** @description Number of data points. */
            num?: number;
            /** @description Every data point, ms. */
            values?: number[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Latency tracking of the call, **milliseconds**, available after the call ends; stages depend on the
         *     call type and features. `e2e`: user stops talking → agent starts; `asr`: transcription lag; `llm`:
         *     LLM request → first speakable chunk; `llm_websocket_network_rtt`: custom-LLM websocket round trip;
         *     `tts`: TTS trigger → first byte; `knowledge_base`: retrieval; `s2s`: speech-to-speech model.
         */
        CallLatency: {
            e2e?: components["schemas"]["LatencyStats"];
            asr?: components["schemas"]["LatencyStats"];
            llm?: components["schemas"]["LatencyStats"];
            llm_websocket_network_rtt?: components["schemas"]["LatencyStats"];
            tts?: components["schemas"]["LatencyStats"];
            knowledge_base?: components["schemas"]["LatencyStats"];
            s2s?: components["schemas"]["LatencyStats"];
        } & {
            [key: string]: unknown;
        };
        /** @description The cost of one product (e.g. `elevenlabs_tts`) for the call. */
        ProductCost: {
            /** @description Product name. */
            product: string;
            /** @description Unit price, **cents per second**. */
            unit_price?: number;
            /** @description Cost of the product for the call, **cents**. */
            cost: number;
            /** @description True when the cost is for a transfer segment. */
            is_transfer_leg_cost?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Cost of the call, **cents** (unit prices in cents per second). No currency is named; USD is implied
         *     (UNCONFIRMED). The reference marks all four fields required; lenient here.
         */
        CallCost: {
            /** @description Cost per product, **cents**. */
            product_costs?: components["schemas"]["ProductCost"][];
            /** @description Total billed duration, **seconds**. */
            total_duration_seconds?: number;
            /** @description Sum of the products' unit prices, **cents per second**. */
            total_duration_unit_price?: number;
            /** @description Combined cost of all products, **cents**. */
            combined_cost?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description LLM token usage (absent with a custom LLM, a realtime API, or no LLM call). */
        LlmTokenUsage: {
            /** @description Token count of each LLM request. */
            values?: number[];
            /** @description Average token count per request. */
            average?: number;
            /** @description Number of LLM requests. */
            num_requests?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Post-call analysis, available once the `call_analyzed` webhook has fired. */
        CallAnalysis: {
            /** @description A high-level summary of the call. */
            call_summary?: string;
            /** @description Whether the call reached voicemail. */
            in_voicemail?: boolean;
            /**
             * @description Sentiment of the user.
             * @enum {string}
             */
            user_sentiment?: "Negative" | "Positive" | "Neutral" | "Unknown";
            /** @description Whether the agent finished its task without the call being cut off. */
            call_successful?: boolean;
            /** @description Data extracted by the agent's post-call analysis schema. Free-form. */
            custom_analysis_data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The filters of `POST /v3/list-calls`, all ANDed; a list of conditions on one field (`agent`,
         *     `custom_attributes`, …) is ORed (agents) or ANDed (keyed conditions). Each condition is
         *     `{ type, op, value }`: `string` (`eq`, `ne`, `sw` starts with, `ew` ends with, `co` contains), `number`
         *     (`eq`, `ne`, `gt`, `ge`, `lt`, `le`), `range` (`bt`, `[low, high]` inclusive), `enum` (`in`, a list),
         *     `boolean` (`eq`) or `present` (`pr` present, `np` absent); conditions on a map (`metadata`,
         *     `dynamic_variables`, `custom_analysis_data`, `custom_attributes`) name the entry in `key`. Times are
         *     epoch **milliseconds**, costs **cents**. Example: `{ "call_status": { "type": "enum", "op": "in",
         *     "value": ["ended"] }, "start_timestamp": { "type": "range", "op": "bt", "value": [1735689600000,
         *     1738367999999] } }`. Source: Retell's SDK `CallListParams.FilterCriteria` (retell-sdk 5.66.1,
         *     https://github.com/RetellAI/retell-typescript-sdk); `pnpm check:fidelity` compares it path by path.
         */
        FilterCriteria: {
            /** @description Agents (ORed), each optionally narrowed to some of its versions. */
            agent?: {
                agent_id: string;
                version?: number[];
            }[];
            /** @description The agent environment tags (e.g. `prod`, `staging`). */
            agent_tag?: {
                /** @enum {string} */
                type: "enum";
                /** @enum {string} */
                op: "in";
                value: string[];
            };
            batch_call_id?: components["schemas"]["StringCondition"];
            call_id?: components["schemas"]["StringFilter"] | components["schemas"]["EnumFilter"];
            /** @description Call statuses. */
            call_status?: {
                /** @enum {string} */
                type: "enum";
                /** @enum {string} */
                op: "in";
                value: ("not_connected" | "ongoing" | "ended" | "error")[];
            };
            call_successful?: components["schemas"]["BooleanCondition"];
            /** @description Web or phone calls. */
            call_type?: {
                /** @enum {string} */
                type: "enum";
                /** @enum {string} */
                op: "in";
                value: ("web_call" | "phone_call")[];
            };
            /** @description The call's combined cost, in **cents**. */
            combined_cost?: components["schemas"]["NumberFilter"] | components["schemas"]["RangeFilter"];
            /** @description Conditions on entries (`key`) of the post-call analysis' custom data. */
            custom_analysis_data?: components["schemas"]["KeyedFilter"][];
            /** @description Conditions on entries (`key`) of the call's custom attributes. */
            custom_attributes?: components["schemas"]["KeyedFilter"][];
            /** @description Data storage settings. */
            data_storage_setting?: {
                /** @enum {string} */
                type: "enum";
                /** @enum {string} */
                op: "in";
                value: ("everything" | "everything_except_pii" | "basic_attributes_only")[];
            };
            /** @description Phone call directions (web calls have none). */
            direction?: {
                /** @enum {string} */
                type: "enum";
                /** @enum {string} */
                op: "in";
                value: ("inbound" | "outbound")[];
            };
            /** @description Why the call ended. */
            disconnection_reason?: {
                /** @enum {string} */
                type: "enum";
                /** @enum {string} */
                op: "in";
                value: components["schemas"]["DisconnectionReason"][];
            };
            /** @description The call's duration, in **milliseconds**. */
            duration_ms?: components["schemas"]["NumberFilter"] | components["schemas"]["RangeFilter"];
            /** @description Conditions on entries (`key`) of the call's dynamic variables. */
            dynamic_variables?: components["schemas"]["KeyedFilter"][];
            /** @description The median end-to-end latency, in **milliseconds**. */
            e2e_latency_p50?: components["schemas"]["NumberFilter"] | components["schemas"]["RangeFilter"];
            /** @description When the call ended, epoch **milliseconds**. */
            end_timestamp?: components["schemas"]["NumberFilter"] | components["schemas"]["RangeFilter"];
            from_number?: components["schemas"]["StringCondition"];
            in_voicemail?: components["schemas"]["BooleanCondition"];
            /** @description Conditions on entries (`key`) of the call's metadata. */
            metadata?: components["schemas"]["KeyedFilter"][];
            /** @description When the call started, epoch **milliseconds** (the key `sort_order` sorts by). */
            start_timestamp?: components["schemas"]["NumberFilter"] | components["schemas"]["RangeFilter"];
            to_number?: components["schemas"]["StringCondition"];
            /** @description Calls with a tool call matching all of an item's conditions. */
            tool_calls?: {
                latency_ms?: components["schemas"]["NumberCondition"] | components["schemas"]["RangeCondition"];
                name?: string;
                success?: components["schemas"]["BooleanCondition"];
                type?: string;
            }[];
            /** @description The user's sentiment from the post-call analysis. */
            user_sentiment?: {
                /** @enum {string} */
                type: "enum";
                /** @enum {string} */
                op: "in";
                value: ("Negative" | "Positive" | "Neutral" | "Unknown")[];
            };
        };
        /** @description A string condition. */
        StringFilter: {
            /** @enum {string} */
            type: "string";
            /**
             * @description `eq`, `ne`, `sw` (starts with), `ew` (ends with), `co` (contains).
             * @enum {string}
             */
            op: "eq" | "ne" | "sw" | "ew" | "co";
            value: string;
            /** @description The map entry the condition applies to (`metadata`, `dynamic_variables`, … only). */
            key?: string;
        };
        /** @description A number condition. */
        NumberFilter: {
            /** @enum {string} */
            type: "number";
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "ge" | "lt" | "le";
            value: number;
            /** @description The map entry the condition applies to (`metadata`, `dynamic_variables`, … only). */
            key?: string;
        };
        /** @description An inclusive range, `[low, high]`. */
        RangeFilter: {
            /** @enum {string} */
            type: "range";
            /** @enum {string} */
            op: "bt";
            value: number[];
            /** @description The map entry the condition applies to (`metadata`, `dynamic_variables`, … only). */
            key?: string;
        };
        /** @description One of several values. */
        EnumFilter: {
            /** @enum {string} */
            type: "enum";
            /** @enum {string} */
            op: "in";
            value: string[];
            /** @description The map entry the condition applies to (`metadata`, `dynamic_variables`, … only). */
            key?: string;
        };
        /** @description A boolean condition. */
        BooleanFilter: {
            /** @enum {string} */
            type: "boolean";
            /** @enum {string} */
            op: "eq";
            value: boolean;
            /** @description The map entry the condition applies to (`metadata`, `dynamic_variables`, … only). */
            key?: string;
        };
        /** @description Whether the entry is present (`pr`) or absent (`np`). */
        PresentFilter: {
            /** @enum {string} */
            type: "present";
            /** @enum {string} */
            op: "pr" | "np";
            /** @description The map entry the condition applies to (`metadata`, `dynamic_variables`, … only). */
            key?: string;
        };
        /** @description A string condition (`eq`, `ne`, `sw` starts with, `ew` ends with, `co` contains). */
        StringCondition: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            op: "eq" | "ne" | "sw" | "ew" | "co";
            value: string;
        };
        /** @description A number condition. */
        NumberCondition: {
            /** @enum {string} */
            type: "number";
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "ge" | "lt" | "le";
            value: number;
        };
        /** @description An inclusive range, `[low, high]`. */
        RangeCondition: {
            /** @enum {string} */
            type: "range";
            /** @enum {string} */
            op: "bt";
            value: number[];
        };
        /** @description A boolean condition. */
        BooleanCondition: {
            /** @enum {string} */
            type: "boolean";
            /** @enum {string} */
            op: "eq";
            value: boolean;
        };
        /** @description A condition on one entry (`key`) of a map (`metadata`, `dynamic_variables`, …). */
        KeyedFilter: components["schemas"]["StringFilter"] | components["schemas"]["NumberFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["RangeFilter"] | components["schemas"]["EnumFilter"] | components["schemas"]["PresentFilter"];
        /**
         * @description Body of `POST /v3/list-calls`. Source: Retell's SDK `CallListParams` (retell-sdk 5.66.1,
         *     https://github.com/RetellAI/retell-typescript-sdk, `src/resources/call.ts`). `limit` bounds are not
         *     documented for v3 (UNCONFIRMED).
         */
        ListCallsRequest: {
            filter_criteria?: components["schemas"]["FilterCriteria"];
            /** @description Maximum number of calls to return. */
            limit?: number;
            /** @description Opaque cursor from the previous response's `pagination_key`. */
            pagination_key?: string;
            /** @description Number of calls to skip. */
            skip?: number;
            /**
             * @description Order by `start_timestamp`; default `descending`.
             * @enum {string}
             */
            sort_order?: "ascending" | "descending";
            /** @description Also return `total`, the count of all matching calls (an extra query). Default false. */
            include_total?: boolean;
        };
        /** @description One page of `POST /v3/list-calls`. */
        ListCallsResponse: {
            /** @description The calls of this page (web and phone calls). */
            items?: components["schemas"]["GetCallResponse"][];
            /** @description Whether more calls follow. */
            has_more?: boolean;
            /** @description Cursor of the next page (opaque). */
            pagination_key?: string;
            /** @description Count of all calls matching `filter_criteria`; only with `include_total: true`. */
            total?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of the legacy `POST /v2/list-calls`. */
        ListCallsLegacyRequest: {
            /**
             * @description Filters (`agent_id[]`, `call_status[]`, `call_type[]`, `direction[]`, `user_sentiment[]`,
             *     `call_successful[]`, `start_timestamp`/`end_timestamp`/`duration_ms` `{lower_threshold,
             *     upper_threshold}` in ms, …). Free-form here.
             */
            filter_criteria?: {
                [key: string]: unknown;
            };
            /**
             * @description Order by `start_timestamp`; default `descending`.
             * @enum {string}
             */
            sort_order?: "ascending" | "descending";
            /** @description Maximum number of calls, default 50, at most 1000. */
            limit?: number;
            /** @description The `call_id` of the last call received; exclusive. */
            pagination_key?: string;
        };
        /** @description The legacy list's bare array of calls. */
        ListCallsLegacyResponse: components["schemas"]["GetCallResponse"][];
        /**
         * @description A webhook delivery: `{event, call}`. `call` is the call object as `get-call` returns it (without
         *     `call_analysis` in `call_ended`). One docs page shows `event_type` instead of `event`; `event` is
         *     what the overview page and Retell's SDK use. Source: https://docs.retellai.com/features/webhook-overview.
         */
        WebhookEvent: {
            /**
             * @description The event type (the chat events are not call records and are not modelled).
             * @enum {string}
             */
            event: "call_started" | "call_ended" | "call_analyzed" | "transcript_updated" | "transfer_started" | "transfer_bridged" | "transfer_cancelled" | "transfer_ended";
            call: components["schemas"]["GetCallResponse"];
        } & {
            [key: string]: unknown;
        };
        /** @description Retell's error body: `{status: "error", message}`. Source: https://docs.retellai.com/api-references/get-call. */
        Error: {
            /**
             * @description Always `error`.
             * @enum {string}
             */
            status?: "error";
            /** @description What went wrong. */
            message: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Bad request. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid API key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Not found. Retell's reference has this response shape but lists 422 for an unknown call id on
         *     `get-call`; a 404 there is UNCONFIRMED.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unprocessable content, e.g. no call with this id under this API key. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Rate limited. Retell publishes no numeric HTTP limits (UNCONFIRMED) and documents no `Retry-After`;
         *     it is modelled in case it is sent.
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent (UNCONFIRMED). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. */
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
         * @description `v=<unix ms>,d=<hex HMAC-SHA256>`: the HMAC-SHA256, keyed with the Retell API key that has the
         *     webhook badge, of the raw body followed by the decimal millisecond timestamp. Retell's SDK accepts
         *     timestamps within ±5 minutes. Source: https://docs.retellai.com/features/webhook and the SDK's
         *     `src/lib/webhook_auth.ts`.
         */
        RetellSignature: string;
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
            header?: never;
            path: {
                /** @description The call id to retrieve call history for. */
                call_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved a call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCallResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListCallsRequest"];
            };
        };
        responses: {
            /** @description Successfully retrieved calls. */
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
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCallsLegacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListCallsLegacyRequest"];
            };
        };
        responses: {
            /** @description Successfully retrieved calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCallsLegacyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    callStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `v=<unix ms>,d=<hex HMAC-SHA256>`: the HMAC-SHA256, keyed with the Retell API key that has the
                 *     webhook badge, of the raw body followed by the decimal millisecond timestamp. Retell's SDK accepts
                 *     timestamps within ±5 minutes. Source: https://docs.retellai.com/features/webhook and the SDK's
                 *     `src/lib/webhook_auth.ts`.
                 */
                "x-retell-signature": components["parameters"]["RetellSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; no body is expected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any non-2xx (or no answer in 10 s) makes Retell retry, up to 3 times. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    callEndedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `v=<unix ms>,d=<hex HMAC-SHA256>`: the HMAC-SHA256, keyed with the Retell API key that has the
                 *     webhook badge, of the raw body followed by the decimal millisecond timestamp. Retell's SDK accepts
                 *     timestamps within ±5 minutes. Source: https://docs.retellai.com/features/webhook and the SDK's
                 *     `src/lib/webhook_auth.ts`.
                 */
                "x-retell-signature": components["parameters"]["RetellSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; no body is expected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any non-2xx (or no answer in 10 s) makes Retell retry, up to 3 times. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    callAnalyzedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `v=<unix ms>,d=<hex HMAC-SHA256>`: the HMAC-SHA256, keyed with the Retell API key that has the
                 *     webhook badge, of the raw body followed by the decimal millisecond timestamp. Retell's SDK accepts
                 *     timestamps within ±5 minutes. Source: https://docs.retellai.com/features/webhook and the SDK's
                 *     `src/lib/webhook_auth.ts`.
                 */
                "x-retell-signature": components["parameters"]["RetellSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; no body is expected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any non-2xx (or no answer in 10 s) makes Retell retry, up to 3 times. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
