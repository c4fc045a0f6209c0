/**
 * GENERATED from specs/vapi.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

export interface paths {
    "/call/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call
         * @description One call by id, with its artifact (messages, transcript, recordings), analysis and costs.
         *     Source: https://docs.vapi.ai/api-reference/calls/get.
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
    "/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calls
         * @description Calls matching the filters, as a **bare JSON array** with no cursor and no total: at most `limit`
         *     calls (default 100, at most 1000). To page, narrow the `createdAt` window (e.g. `createdAtLe` = the
         *     oldest `createdAt` received). The order of the results is not documented; newest first by `createdAt` is
         *     assumed.
         *     Source: https://docs.vapi.ai/api-reference/calls/list.
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
    endOfCallReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End-of-call report
         * @description Sent to the Server URL when a call ends and post-processing is complete, if `end-of-call-report` is in
         *     `assistant.serverMessages`. Body `{ "message": { "type": "end-of-call-report", … } }`; the ended call is
         *     `message.call`, and the report repeats `endedReason`, `artifact`, `analysis`, `cost`, `costs`,
         *     `startedAt`, `endedAt` at the top of `message`. Vapi's reference marks `endedReason`, `artifact` and
         *     `analysis` required, but its own guide's example omits them, so only `type` is required here.
         *     Delivery: `server.timeoutSeconds` (default 20 s); no retries unless a `backoffPlan` is set.
         *     Authentication of the request (Bearer token, `X-Vapi-Secret`, OAuth2 or HMAC, per
         *     https://docs.vapi.ai/server-url/server-authentication) is configured per server credential.
         *     Source: https://docs.vapi.ai/server-url/events.
         */
        post: operations["endOfCallReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    statusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Status update
         * @description Sent to the Server URL whenever `call.status` changes, if `status-update` is in
         *     `assistant.serverMessages`. Body `{ "message": { "type": "status-update", "status": …, "call": {…} } }`;
         *     `endedReason` comes with `status: "ended"`. Source: https://docs.vapi.ai/server-url/events.
         */
        post: operations["statusUpdate"];
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
         * @description `inboundPhoneCall`, `outboundPhoneCall`, `webCall` or `vapi.websocketCall`.
         * @enum {string}
         */
        CallType: "inboundPhoneCall" | "outboundPhoneCall" | "webCall" | "vapi.websocketCall";
        /**
         * @description The call's status.
         * @enum {string}
         */
        CallStatus: "scheduled" | "queued" | "ringing" | "in-progress" | "forwarding" | "ended" | "not-found" | "deletion-failed";
        /**
         * @description Why the call ended. Vapi's reference lists its values in families (https://docs.vapi.ai/calls/call-ended-reason):
         *     `customer-*` (`customer-ended-call`, `customer-busy`, `customer-did-not-answer`, …), `assistant-*`
         *     (`assistant-ended-call`, `assistant-said-end-call-phrase`, `assistant-forwarded-call`, …),
         *     `silence-timed-out`, `exceeded-max-duration`, `voicemail`, `manually-canceled`, `call-deleted`,
         *     `pipeline-error-*` (legacy provider errors), `call.start.error-*` (before the call connects),
         *     `call.in-progress.error-*` (`vapifault`/`providerfault` during the call), `call.ringing.*`,
         *     `call.forwarding.*`, `call.ending.*`, `twilio-*`, `vonage-*`, `worker-shutdown`. A plain string here:
         *     new values appear often, and Vapi's own guides use values outside the list.
         */
        EndedReason: string;
        /** @description A Vapi call. Source: https://docs.vapi.ai/api-reference/calls/get (`Call`). */
        Call: {
            /** @description The call's unique id (UUID). */
            id: string;
            /** @description The id of the org the call belongs to. Required by the reference; absent in some guide examples. */
            orgId?: string;
            type?: components["schemas"]["CallType"];
            status?: components["schemas"]["CallStatus"];
            endedReason?: components["schemas"]["EndedReason"];
            /** @description More context on `endedReason` (an error message or warning). */
            endedMessage?: string;
            /**
             * Format: date-time
             * @description When the call was created, ISO 8601. Required by the reference.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the call was last updated, ISO 8601. Required by the reference.
             */
            updatedAt?: string;
            /**
             * Format: date-time
             * @description When the call started, ISO 8601. There is no duration field; duration = `endedAt − startedAt`.
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When the call ended, ISO 8601.
             */
            endedAt?: string;
            /** @description Total cost of the call, **USD**. */
            cost?: number;
            costBreakdown?: components["schemas"]["CostBreakdown"];
            /** @description Cost of each component of the call, **USD** each. */
            costs?: components["schemas"]["CostItem"][];
            /** @description Legacy copy of `artifact.messages`. */
            messages?: components["schemas"]["Message"][];
            artifact?: components["schemas"]["Artifact"];
            analysis?: components["schemas"]["Analysis"];
            compliance?: components["schemas"]["Compliance"];
            /** @description Live-call `listenUrl` (WebSocket) and `controlUrl`, while the call runs. */
            monitor?: {
                listenUrl?: string;
                controlUrl?: string;
                monitors?: ({
                    monitorId?: string;
                    filterPassed?: boolean;
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            };
            /** @description Where the call was transferred: `{type: number, number}` or `{type: sip, sipUri}`; absent when not transferred. */
            destination?: {
                /** @description `number` or `sip`. */
                type?: string;
                /** @description The transfer number (E.164). */
                number?: string;
                sipUri?: string;
                /** @description This is spoken to the customer before connecting them to the destination. */
                message?: {
                    /** @description This is an alternative to the `content` property. It allows to specify variants of the same content, one per language. */
                    contents?: ({
                        /** @enum {string} */
                        type?: "text";
                        text?: string;
                        language?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /**
                     * @description This is a custom message.
                     * @enum {string}
                     */
                    type?: "custom-message";
                    /** @description This is the content that the assistant will say when this message is triggered. */
                    content?: string;
                } & {
                    [key: string]: unknown;
                };
                /** @description This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it. */
                numberE164CheckEnabled?: boolean;
                /** @description This is the extension to dial after transferring the call to the `number`. */
                extension?: string;
                /** @description This is the caller ID to use when transferring the call to the `number`. */
                callerId?: string;
                /** @description This configures how transfer is executed and the experience of the destination party receiving the call. Defaults to `blind-transfer`. */
                transferPlan?: {
                    /**
                     * @description This configures how transfer is executed and the experience of the destination party receiving the call.
                     * @enum {string}
                     */
                    mode?: "blind-transfer" | "blind-transfer-add-summary-to-sip-header" | "warm-transfer-say-message" | "warm-transfer-say-summary" | "warm-transfer-twiml" | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message" | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary" | "warm-transfer-experimental";
                    /** @description This is the message the assistant will deliver to the destination party before connecting the customer. */
                    message?: {
                        /** @description This is an alternative to the `content` property. It allows to specify variants of the same content, one per language. */
                        contents?: {
                            [key: string]: unknown;
                        }[];
                        /**
                         * @description This is a custom message.
                         * @enum {string}
                         */
                        type?: "custom-message";
                        /** @description This is the content that the assistant will say when this message is triggered. */
                        content?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description This is the timeout in seconds for the warm-transfer-wait-for-operator-to-speak-first-and-then-say-message/summary */
                    timeout?: number;
                    /** @description This specifies the SIP verb to use while transferring the call. - 'refer': Uses SIP REFER to transfer the call (default) - 'bye': Ends current call with SIP BYE - 'dial': Uses SIP DIAL to transfer the call */
                    sipVerb?: unknown;
                    /** @description This sets the timeout for the dial operation in seconds. This is the duration the call will ring before timing out. */
                    dialTimeout?: number;
                    /** @description This is the URL to an audio file played while the customer is on hold during transfer. */
                    holdAudioUrl?: string;
                    /** @description This is the URL to an audio file played after the warm transfer message or summary is delivered to the destination party. It can be used to play a custom sound like 'beep' to notify that the transfer is complete. */
                    transferCompleteAudioUrl?: string;
                    /** @description This is the plan for manipulating the message context before initiating the warm transfer. Usage: - Used only when `mode` is `warm-transfer-experimental`. - These messages will automatically be added to the transferAssistant's system message. - If 'none', we will not add any transcript to the tra… */
                    contextEngineeringPlan?: {
                        /** @enum {string} */
                        type?: "lastNMessages";
                        /** @description This is the maximum number of messages to include in the context engineering plan. */
                        maxMessages?: number;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description This is the TwiML instructions to execute on the destination call leg before connecting the customer. */
                    twiml?: string;
                    /** @description This is the plan for generating a summary of the call to present to the destination party. */
                    summaryPlan?: {
                        /** @description These are the messages used to generate the summary. */
                        messages?: unknown[];
                        /** @description This determines whether a summary is generated and stored in `call.analysis.summary`. Defaults to true. */
                        enabled?: boolean;
                        /** @description This is how long the request is tried before giving up. When request times out, `call.analysis.summary` will be empty. */
                        timeoutSeconds?: number;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description This flag includes the sipHeaders from above in the refer to sip uri as url encoded query params. */
                    sipHeadersInReferToEnabled?: boolean;
                    /** @description This configures the fallback plan when the transfer fails (destination unreachable, busy, or not human). */
                    fallbackPlan?: {
                        /** @description This is the message the assistant will deliver to the customer if the transfer fails. */
                        message?: {
                            [key: string]: unknown;
                        };
                        /** @description This controls what happens after delivering the failure message to the customer. - true: End the call after delivering the failure message (default) - false: Keep the assistant on the call to continue handling the customer's request */
                        endCallEnabled?: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
                /** @description This is the description of the destination, used by the AI to choose when and how to transfer the call. */
                description?: string;
                /** @description These are custom headers to be added to SIP refer during transfer call. */
                sipHeaders?: unknown;
                /** @description The name of the transfer destination, for your own reference. */
                name?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The call's transport, e.g. `provider` `vapi.websocket` with its `websocketCallUrl`. */
            transport?: {
                /**
                 * @description This is the conversation type of the call (ie, voice or chat).
                 * @enum {string}
                 */
                conversationType?: "voice";
                /**
                 * @description Vapi websocket transport provider
                 * @enum {string}
                 */
                provider?: "vapi.websocket";
                /** @description This is the audio format of the call. Defaults to 16KHz raw pcm_s16le */
                audioFormat?: {
                    /** @description This is the sample rate of the call. */
                    sampleRate?: number;
                    /** @description This is the audio format of the call. */
                    format?: unknown;
                    /**
                     * @description This is the container format of the call.
                     * @enum {string}
                     */
                    container?: "raw";
                } & {
                    [key: string]: unknown;
                };
                /** @description This is the conversation UUID of the Vonage call. */
                conversationUUID?: string;
                /** @description This is the call ID of the Vonage call. */
                callUUID?: string;
                /** @description This is the account SID of the Twilio account. */
                accountSid?: string;
                /** @description This is the call SID of the Twilio call. */
                callSid?: string;
                /** @description This is the call token of the Twilio call. */
                callToken?: string;
                /** @description This is the phone number from which the call was forwarded. Undefined if the call was not forwarded. */
                forwardedFrom?: string;
                /** @description This sets the timeout for outbound dial operations in seconds. This is the duration the call will ring before timing out. */
                dialTimeout?: number;
                /** @description This is the call SID of the Vapi SIP call. */
                sbcCallSid?: string;
                /** @description This is the call control ID of the Telnyx call. */
                callControlId?: string;
                /** @description This is the call leg ID of the Telnyx call. */
                callLegId?: string;
                /** @description This is the call session ID of the Telnyx call. */
                callSessionId?: string;
                /** @description This determines whether the daily room will be deleted and all participants will be kicked once the user leaves the room. If set to `false`, the room will be kept alive even after the user leaves, allowing clients to reconnect to the same room. If set to `true`, the room will be deleted and recon… */
                roomDeleteOnUserLeaveEnabled?: boolean;
                /** @description This is the URL of the web call. */
                callUrl?: string;
                /** @description This is the SIP URI of the web call. */
                callSipUri?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description `twilio`, `vonage`, `vapi` or `telnyx` (phone calls only).
             * @enum {string}
             */
            phoneCallProvider?: "twilio" | "vonage" | "vapi" | "telnyx";
            /** @description The call's id at the phone provider (Twilio `CallSid`, Vonage `conversationUuid`, Telnyx `callControlId`). */
            phoneCallProviderId?: string;
            /**
             * @description `sip` or `pstn` (phone calls only).
             * @enum {string}
             */
            phoneCallTransport?: "sip" | "pstn";
            /** @description The saved assistant that ran the call (absent for a transient `assistant`, a squad or a workflow). */
            assistantId?: string;
            /** @description The transient assistant of the call (its full configuration; free-form here). */
            assistant?: {
                [key: string]: unknown;
            };
            /** @description The saved squad that ran the call. */
            squadId?: string;
            /** @description The saved workflow that ran the call. */
            workflowId?: string;
            /** @description The campaign the call belongs to. */
            campaignId?: string;
            /** @description The Vapi phone number of the call (phone calls only); its number is not on the call. */
            phoneNumberId?: string;
            phoneNumber?: components["schemas"]["CallPhoneNumber"];
            /** @description The saved customer of the call. */
            customerId?: string;
            customer?: components["schemas"]["Customer"];
            /** @description Your own label for the call. */
            name?: string;
            /** @description This is the assistant version to use for this call. Supported only with direct `assistantId`. Omit to follow the latest version. */
            assistantVersion?: string | null;
            /** @description This is a copy of assistant artifact plan. This isn't actually stored on the call but rather just returned in POST /call/web to enable artifact creation client side. */
            artifactPlan?: {
                /** @description This determines whether assistant's calls are recorded. Defaults to true. */
                recordingEnabled?: boolean;
                /**
                 * @description This determines the format of the recording. Defaults to `wav;l16`.
                 * @enum {string}
                 */
                recordingFormat?: "wav;l16" | "mp3";
                /** @description This determines whether to use custom storage (S3 or GCP) for call recordings when storage credentials are configured. */
                recordingUseCustomStorageEnabled?: boolean;
                /** @description This determines whether the video is recorded during the call. Defaults to false. Only relevant for `webCall` type. */
                videoRecordingEnabled?: boolean;
                /** @description This determines whether the artifact contains the full message history, even after handoff context engineering. Defaults to false. */
                fullMessageHistoryEnabled?: boolean;
                /** @description This determines whether the SIP packet capture is enabled. Defaults to true. Only relevant for `phone` type calls where phone number's provider is `vapi` or `byo-phone-number`. */
                pcapEnabled?: boolean;
                /** @description This is the path where the SIP packet capture will be uploaded. This is only used if you have provided S3 or GCP credentials on the Provider Credentials page in the Dashboard. */
                pcapS3PathPrefix?: string;
                /** @description This determines whether to use custom storage (S3 or GCP) for SIP packet captures when storage credentials are configured. */
                pcapUseCustomStorageEnabled?: boolean;
                /** @description This determines whether the call logs are enabled. Defaults to true. */
                loggingEnabled?: boolean;
                /** @description This determines whether to use custom storage (S3 or GCP) for call logs when storage credentials are configured. */
                loggingUseCustomStorageEnabled?: boolean;
                /** @description This is the plan for `call.artifact.transcript`. To disable, set `transcriptPlan.enabled` to false. */
                transcriptPlan?: {
                    /** @description This determines whether the transcript is stored in `call.artifact.transcript`. Defaults to true. */
                    enabled?: boolean;
                    /** @description This is the name of the assistant in the transcript. Defaults to 'AI'. */
                    assistantName?: string;
                    /** @description This is the name of the user in the transcript. Defaults to 'User'. */
                    userName?: string;
                } & {
                    [key: string]: unknown;
                };
                /** @description This is the path where the recording will be uploaded. This is only used if you have provided S3 or GCP credentials on the Provider Credentials page in the Dashboard. */
                recordingPath?: string;
                /** @description This is an array of structured output IDs to be calculated during the call. The outputs will be extracted and stored in `call.artifact.structuredOutputs` after the call is ended. */
                structuredOutputIds?: string[];
                /** @description This is an array of transient structured outputs to be calculated during the call. The outputs will be extracted and stored in `call.artifact.structuredOutputs` after the call is ended. Use this to provide inline structured output configurations instead of referencing existing ones via structured… */
                structuredOutputs?: ({
                    /**
                     * @description This is the type of structured output.
                     * @enum {string}
                     */
                    type?: "ai" | "regex";
                    /** @description This is the regex pattern to match against the transcript. */
                    regex?: string;
                    /** @description This is the model that will be used to extract the structured output. */
                    model?: {
                        /** @description These are the messages used to customize the prompt used for structured output extraction. */
                        messages?: {
                            [key: string]: unknown;
                        }[];
                        /**
                         * @description This is the provider of the model (`openai`).
                         * @enum {string}
                         */
                        provider?: "openai";
                        /** @description This is the OpenAI model that will be used. */
                        model?: string;
                        /** @description This is the temperature of the model. */
                        temperature?: number;
                        /** @description This is the max tokens of the model. */
                        maxTokens?: number;
                        /** @description This is the optional configuration for Anthropic's thinking feature. */
                        thinking?: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description This determines whether metadata is sent in requests to the custom provider.
                         * @enum {string}
                         */
                        metadataSendMode?: "off" | "variable" | "destructured";
                        /** @description These is the URL we'll use for the OpenAI client's `baseURL`. Ex. https://openrouter.ai/api/v1 */
                        url?: string;
                        /** @description These are the headers we'll use for the OpenAI client's `headers`. */
                        headers?: unknown;
                        /** @description This sets the timeout for the connection to the custom provider without needing to stream any tokens back. Default is 20 seconds. */
                        timeoutSeconds?: number;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description Compliance configuration for this output. Only enable overrides if no sensitive data will be stored. */
                    compliancePlan?: {
                        /** @description Force storage for this output under HIPAA. Only enable if output contains no sensitive data. */
                        forceStoreOnHipaaEnabled?: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description These are the conditions that gate the execution of this structured output. Every condition must pass for the structured output to run (AND semantics). When omitted or empty, no user-defined conditions gate this output. Send null to clear a previously saved gate. */
                    conditions?: ({
                        /**
                         * @description This is the type discriminator for the minMessages condition.
                         * @enum {string}
                         */
                        type?: "minMessages";
                        /** @description This is the minimum number of conversation messages required for the structured output to run. */
                        count?: number;
                        /** @description This is the minimum call duration in seconds required for the structured output to run. */
                        seconds?: number;
                        /**
                         * @description This is the membership operator applied against `values`.
                         * @enum {string}
                         */
                        operator?: "oneOf" | "notOneOf";
                        /** @description These are the ended reasons compared against the call's ended reason. */
                        values?: string[];
                    } & {
                        [key: string]: unknown;
                    })[] | null;
                    /** @description This is the name of the structured output. */
                    name?: string;
                    /** @description This is the JSON Schema definition for the structured output. */
                    schema?: {
                        /**
                         * @description This is the type of output you'd like.
                         * @enum {string}
                         */
                        type?: "string" | "number" | "integer" | "boolean" | "array" | "object";
                        /** @description This is required if the type is "array". This is the schema of the items in the array. This is a recursive reference to JsonSchema. */
                        items?: {
                            [key: string]: unknown;
                        };
                        /** @description This is required if the type is "object". This specifies the properties of the object. This is a map of property names to JsonSchema objects. */
                        properties?: unknown;
                        /** @description This is the description to help the model understand what it needs to output. */
                        description?: string;
                        /** @description This is the pattern of the string. This is a regex that will be used to validate the data in question. To use a common format, use the `format` property instead. */
                        pattern?: string;
                        /**
                         * @description This is the format of the string. To pass a regex, use the `pattern` property instead.
                         * @enum {string}
                         */
                        format?: "date-time" | "time" | "date" | "duration" | "email" | "hostname" | "ipv4" | "ipv6" | "uuid";
                        /** @description This is a list of properties that are required. */
                        required?: string[];
                        /** @description This array specifies the allowed values that can be used to restrict the output of the model. */
                        enum?: string[];
                        /** @description This is the title of the schema. */
                        title?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description This is the description of what the structured output extracts. */
                    description?: string;
                    /** @description These are the assistant IDs that this structured output is linked to. */
                    assistantIds?: string[];
                    /** @description These are the workflow IDs that this structured output is linked to. */
                    workflowIds?: string[];
                } & {
                    [key: string]: unknown;
                })[];
                /** @description This is an array of scorecard IDs that will be evaluated based on the structured outputs extracted during the call. The scorecards will be evaluated and the results will be stored in `call.artifact.scorecards` after the call has ended. */
                scorecardIds?: string[];
                /** @description This is the array of scorecards that will be evaluated based on the structured outputs extracted during the call. The scorecards will be evaluated and the results will be stored in `call.artifact.scorecards` after the call has ended. */
                scorecards?: ({
                    /** @description This is the name of the scorecard. It is only for user reference and will not be used for any evaluation. */
                    name?: string;
                    /** @description This is the description of the scorecard. It is only for user reference and will not be used for any evaluation. */
                    description?: string;
                    /** @description These are the metrics that will be used to evaluate the scorecard. Each metric will have a set of conditions and points that will be used to generate the score. */
                    metrics?: ({
                        /** @description These are the conditions that will be used to evaluate the scorecard. Each condition will have a comparator, value, and points that will be used to calculate the final score. The points will be added to the overall score if the condition is met. The overall score will be normalized to a 100 point… */
                        conditions?: {
                            [key: string]: unknown;
                        }[];
                        /** @description This is the unique identifier for the structured output that will be used to evaluate the scorecard. The structured output must be of type number or boolean only for now. */
                        structuredOutputId?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @description These are the assistant IDs that this scorecard is linked to. When linked to assistants, this scorecard will be available for evaluation during those assistants' calls. */
                    assistantIds?: string[];
                } & {
                    [key: string]: unknown;
                })[];
                /** @description This is the path where the call logs will be uploaded. This is only used if you have provided S3 or GCP credentials on the Provider Credentials page in the Dashboard. */
                loggingPath?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description These are the overrides for the `assistant` or `assistantId`'s settings and template variables. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            assistantOverrides?: {
                [key: string]: unknown;
            };
            /** @description This is a squad that will be used for the call. To use an existing squad, use `squadId` instead. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            squad?: {
                [key: string]: unknown;
            };
            /** @description These are the overrides for the `squad` or `squadId`'s member settings and template variables. This will apply to all members of the squad. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            squadOverrides?: {
                [key: string]: unknown;
            };
            /** @description This is a workflow that will be used for the call. To use an existing workflow, use `workflowId` instead. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            workflow?: {
                [key: string]: unknown;
            };
            /** @description These are the overrides for the `workflow` or `workflowId`'s settings and template variables. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            workflowOverrides?: {
                [key: string]: unknown;
            };
            /** @description This is the schedule plan of the call. */
            schedulePlan?: {
                /**
                 * Format: date-time
                 * @description This is the ISO 8601 date-time string of the earliest time the call can be scheduled.
                 */
                earliestAt?: string;
                /**
                 * Format: date-time
                 * @description This is the ISO 8601 date-time string of the latest time the call can be scheduled.
                 */
                latestAt?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The person on the other end (phone calls); `number` is E.164 unless `numberE164CheckEnabled` is false. */
        Customer: {
            /** @description The customer's phone number (E.164 in the examples). */
            number?: string;
            sipUri?: string;
            name?: string;
            email?: string;
            extension?: string;
            externalId?: string;
            /** @description This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it. */
            numberE164CheckEnabled?: boolean;
            /** @description These are the overrides for the assistant's settings and template variables specific to this customer. This allows customization of the assistant's behavior for individual customers in batch calls. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            assistantOverrides?: {
                [key: string]: unknown;
            };
            /** @description These are the overrides applied when the call targets a `squadId`. Mirrors the call-level `squadOverrides` — use this instead of `assistantOverrides` when the campaign or call is squad-based. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            squadOverrides?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The transient phone number of the call: the agent's side. Imported Twilio numbers carry the digits in
         *     `twilioPhoneNumber` on a call, and every provider's number DTO in webhooks carries `number`.
         */
        PhoneNumber: {
            /** @description `byo-phone-number`, `twilio`, `vonage`, `vapi` or `telnyx`. */
            provider?: string;
            /** @description The phone number (E.164). */
            number?: string;
            /** @description The phone number of an imported Twilio number. */
            twilioPhoneNumber?: string;
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Cost per component, **USD**, plus token and character counts. */
        CostBreakdown: {
            /** @description Telephony/transport provider (Twilio, Vonage…), USD. */
            transport?: number;
            /** @description Speech-to-text, USD. */
            stt?: number;
            /** @description Language model, USD. */
            llm?: number;
            /** @description Text-to-speech, USD. */
            tts?: number;
            /** @description Vapi's platform fee, USD. */
            vapi?: number;
            /** @description Chat interactions, USD. */
            chat?: number;
            /** @description Total, USD. */
            total?: number;
            /** @description LLM prompt tokens (count). */
            llmPromptTokens?: number;
            /** @description LLM completion tokens (count). */
            llmCompletionTokens?: number;
            /** @description LLM cached prompt tokens (count). */
            llmCachedPromptTokens?: number;
            /** @description Characters synthesised (count). */
            ttsCharacters?: number;
            /** @description Cost (USD) and tokens of the post-call analysis (`summary`, `structuredData`, `successEvaluation`, … and their `*Tokens`). */
            analysisCostBreakdown?: {
                /** @description This is the cost to summarize the call. */
                summary?: number;
                /** @description This is the number of prompt tokens used to summarize the call. */
                summaryPromptTokens?: number;
                /** @description This is the number of completion tokens used to summarize the call. */
                summaryCompletionTokens?: number;
                /** @description This is the number of cached prompt tokens used to summarize the call. */
                summaryCachedPromptTokens?: number;
                /** @description This is the cost to extract structured data from the call. */
                structuredData?: number;
                /** @description This is the number of prompt tokens used to extract structured data from the call. */
                structuredDataPromptTokens?: number;
                /** @description This is the number of completion tokens used to extract structured data from the call. */
                structuredDataCompletionTokens?: number;
                /** @description This is the number of cached prompt tokens used to extract structured data from the call. */
                structuredDataCachedPromptTokens?: number;
                /** @description This is the cost to evaluate if the call was successful. */
                successEvaluation?: number;
                /** @description This is the number of prompt tokens used to evaluate if the call was successful. */
                successEvaluationPromptTokens?: number;
                /** @description This is the number of completion tokens used to evaluate if the call was successful. */
                successEvaluationCompletionTokens?: number;
                /** @description This is the number of cached prompt tokens used to evaluate if the call was successful. */
                successEvaluationCachedPromptTokens?: number;
                /** @description This is the cost to evaluate structuredOutputs from the call. */
                structuredOutput?: number;
                /** @description This is the number of prompt tokens used to evaluate structuredOutputs from the call. */
                structuredOutputPromptTokens?: number;
                /** @description This is the number of completion tokens used to evaluate structuredOutputs from the call. */
                structuredOutputCompletionTokens?: number;
                /** @description This is the number of cached prompt tokens used to evaluate structuredOutputs from the call. */
                structuredOutputCachedPromptTokens?: number;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One component's cost: `type` is `transport`, `transcriber`, `model`, `voice`, `vapi`,
         *     `voicemail-detection`, `analysis` or `knowledge-base`; `cost` in **USD**; usage in `minutes`,
         *     `promptTokens`/`completionTokens` or `characters` depending on the type.
         */
        CostItem: {
            type: string;
            /** @description USD. */
            cost: number;
            /** @description Minutes of usage (transport, transcriber, vapi). */
            minutes?: number;
            promptTokens?: number;
            completionTokens?: number;
            characters?: number;
            /** @enum {string} */
            provider?: "daily" | "vapi.websocket" | "twilio" | "vonage" | "telnyx" | "vapi.sip";
            /** @description This is the transcriber that was used during the call. */
            transcriber?: unknown;
            /** @description This is the model that was used during the call. */
            model?: unknown;
            /** @description This is the number of cached prompt tokens used in the call. This is only applicable to certain providers (e.g., OpenAI, Azure OpenAI) that support prompt caching. Cached tokens are billed at a discounted rate. */
            cachedPromptTokens?: number;
            /** @description This is the number of reasoning tokens generated in the call. This is only applicable to reasoning models (e.g., OpenAI o-series, GPT-5) on providers that report them. */
            reasoningTokens?: number;
            /** @description This is the voice that was used during the call. */
            voice?: unknown;
            /**
             * @description This is the sub type of the cost.
             * @enum {string}
             */
            subType?: "normal" | "overage";
            /** @description This is the number of prompt text tokens used in the voicemail detection. */
            promptTextTokens?: number;
            /** @description This is the number of prompt audio tokens used in the voicemail detection. */
            promptAudioTokens?: number;
            /** @description This is the number of completion text tokens used in the voicemail detection. */
            completionTextTokens?: number;
            /** @description This is the number of completion audio tokens used in the voicemail detection. */
            completionAudioTokens?: number;
            /**
             * @description This is the type of analysis performed.
             * @enum {string}
             */
            analysisType?: "summary" | "structuredData" | "successEvaluation" | "structuredOutput";
            /** @description This is the per-structured-output breakdown of this cost. The `cost`, `promptTokens`, `completionTokens` and `cachedPromptTokens` above are the sums of these rows. */
            structuredOutputBreakdown?: ({
                /** @description This is the unique identifier of the structured output that produced this cost. */
                structuredOutputId?: string;
                /** @description This is the name of the structured output, so this breakdown is readable without looking the id up. */
                name?: string;
                /** @description This is the cost in USD of evaluating this structured output. */
                cost?: number;
                /** @description This is the number of prompt tokens used to evaluate this structured output. */
                promptTokens?: number;
                /** @description This is the number of completion tokens generated for this structured output. */
                completionTokens?: number;
                /** @description This is the number of cached prompt tokens used to evaluate this structured output. This is a subset of `promptTokens`, not an addition to it. */
                cachedPromptTokens?: number;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One conversation message. `role` is `system`, `bot` (the assistant), `user`, `tool_calls` or
         *     `tool_call_result` in recorded calls (the guide https://docs.vapi.ai/server-url/events also shows
         *     `assistant`). `secondsFromStart`: **seconds** from the call start. `time`/`endTime`: "timestamps" per
         *     the reference, epoch **ms** in the example of https://docs.vapi.ai/ivr-navigation. `duration`: "seconds"
         *     per the reference, ms-sized in payloads seen (UNCONFIRMED). The reference requires `role`, `message`,
         *     `time`, `secondsFromStart`; the guide's examples omit the timings, so only `role` is required here.
         */
        Message: {
            role: string;
            /** @description What was said (empty for a tool-call message). */
            message?: string;
            /** @description When the message started (epoch ms in the docs' example). */
            time?: number;
            /** @description When the message ended (epoch ms, as `time`). */
            endTime?: number;
            /** @description Start of the message, seconds from the start of the call. */
            secondsFromStart?: number;
            /** @description Length of the message (unit UNCONFIRMED, see above). */
            duration?: number;
            source?: string;
            /** @description The tool calls of a `tool_calls` message. */
            toolCalls?: {
                [key: string]: unknown;
            }[];
            toolCallId?: string;
            name?: string;
            /** @description A tool's result, JSON as a string. */
            result?: string;
            /** @description Indicates if the message was filtered for security reasons. */
            isFiltered?: boolean;
            /** @description List of detected security threats if the message was filtered. */
            detectedThreats?: string[];
            /** @description The original message before filtering (only included if content was filtered). */
            originalMessage?: string;
            /** @description The metadata associated with the message. Currently used to store the transcriber's word level confidence. */
            metadata?: unknown;
            /** @description Stable speaker label for diarized user speakers (e.g., "Speaker 1"). */
            speakerLabel?: string;
            /** @description The name of the assistant that produced this message. In a squad or handoff call this is the specific sub-agent active when the message was spoken, letting the transcript label each message by speaker. */
            assistantName?: string;
            /** @description The ID of the assistant that produced this message. Stable reference for the assistant named in `assistantName`. */
            assistantId?: string;
            /** @description Warnings raised for this tool call result, e.g. when the response is larger than recommended for voice AI context windows. */
            warnings?: ({
                /**
                 * @description The kind of warning. Currently: - `oversized-tool-response`: the tool's serialized response exceeded the recommended size and is likely to bloat the model context, increasing latency and risking truncation of earlier instructions.
                 * @enum {string}
                 */
                type?: "oversized-tool-response";
                /** @description The estimated number of tokens in the serialized tool response. */
                tokenCount?: number;
                /** @description The threshold (in tokens) above which the warning is raised. */
                threshold?: number;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description The call's recording URLs. */
        Recording: {
            stereoUrl?: string;
            videoUrl?: string;
            mono?: {
                combinedUrl?: string;
                assistantUrl?: string;
                customerUrl?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description This is video recording start delay in ms. To enable, set `assistant.artifactPlan.videoRecordingEnabled`. This can be used to align the playback of the recording with artifact.messages timestamps. */
            videoRecordingStartDelaySeconds?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Latencies per turn and their averages. The reference gives **ms** only for
         *     `fromTransportLatencyAverage`/`toTransportLatencyAverage`; the others are ms-sized (UNCONFIRMED).
         */
        PerformanceMetrics: {
            turnLatencies?: ({
                /** @description Time to the model's first token, ms. */
                modelLatency?: number;
                /** @description Text-to-speech latency, ms. */
                voiceLatency?: number;
                /** @description Transcriber latency, ms. */
                transcriberLatency?: number;
                /** @description Endpointing latency, ms. */
                endpointingLatency?: number;
                /** @description Latency of the whole turn, ms. */
                turnLatency?: number;
            } & {
                [key: string]: unknown;
            })[];
            modelLatencyAverage?: number;
            voiceLatencyAverage?: number;
            transcriberLatencyAverage?: number;
            endpointingLatencyAverage?: number;
            turnLatencyAverage?: number;
            /** @description ms. */
            fromTransportLatencyAverage?: number;
            /** @description ms. */
            toTransportLatencyAverage?: number;
            /** @description Times the assistant interrupted the user. */
            numUserInterrupted?: number;
            /** @description Times the user interrupted the assistant. */
            numAssistantInterrupted?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description What the call produced (configure in `assistant.artifactPlan`). */
        Artifact: {
            messages?: components["schemas"]["Message"][];
            /** @description The transcript as text (`AI: …` / `User: …` lines), derived from `messages`. */
            transcript?: string;
            /** @description The mono recording. */
            recordingUrl?: string;
            stereoRecordingUrl?: string;
            videoRecordingUrl?: string;
            recording?: components["schemas"]["Recording"];
            logUrl?: string;
            pcapUrl?: string;
            /** @description The mono recording, downloadable without auth until `presignedUrlsExpiresAt`. */
            presignedMonoUrl?: string;
            presignedStereoUrl?: string;
            /** @description ISO 8601. */
            presignedUrlsExpiresAt?: string;
            performanceMetrics?: components["schemas"]["PerformanceMetrics"];
            structuredOutputs?: {
                [key: string]: unknown;
            };
            scorecards?: {
                [key: string]: unknown;
            };
            variableValues?: {
                [key: string]: unknown;
            };
            /** @description These are the messages that were spoken during the call, formatted for OpenAI. */
            messagesOpenAIFormatted?: ({
                content?: string | null;
                /** @enum {string} */
                role?: "assistant" | "function" | "user" | "system" | "tool";
            } & {
                [key: string]: unknown;
            })[];
            /** @description Structured outputs skipped because their conditions were not met, keyed by saved or runtime output ID. */
            skippedStructuredOutputs?: unknown;
            /** @description These are the transfer records for the call's transfer attempts (warm and blind), including destination, mode, and status. Warm transfer records also include transcripts and messages. */
            transfers?: ({
                /** @description The transfer destination (phone number or SIP URI). */
                destination?: {
                    /** @description This is spoken to the customer before connecting them to the destination. */
                    message?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type?: "number";
                    /** @description This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it. */
                    numberE164CheckEnabled?: boolean;
                    /** @description This is the phone number to transfer the call to. */
                    number?: string;
                    /** @description This is the extension to dial after transferring the call to the `number`. */
                    extension?: string;
                    /** @description This is the caller ID to use when transferring the call to the `number`. */
                    callerId?: string;
                    /** @description This configures how transfer is executed and the experience of the destination party receiving the call. Defaults to `blind-transfer`. */
                    transferPlan?: {
                        [key: string]: unknown;
                    };
                    /** @description This is the description of the destination, used by the AI to choose when and how to transfer the call. */
                    description?: string;
                    /** @description This is the SIP URI to transfer the call to. */
                    sipUri?: string;
                    /** @description These are custom headers to be added to SIP refer during transfer call. */
                    sipHeaders?: unknown;
                    /** @description The name of the transfer destination, for your own reference. */
                    name?: string;
                } & {
                    [key: string]: unknown;
                };
                /**
                 * @description The transfer mode (e.g. warm-transfer-experimental, blind-transfer).
                 * @enum {string}
                 */
                mode?: "blind-transfer" | "blind-transfer-add-summary-to-sip-header" | "warm-transfer-say-message" | "warm-transfer-say-summary" | "warm-transfer-twiml" | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message" | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary" | "warm-transfer-experimental";
                /** @description Flat-text transcript / announcement preview of the transfer. */
                transcript?: string;
                /**
                 * @description The terminal status of the transfer, rendered as the status line.
                 * @enum {string}
                 */
                status?: "connected" | "no-answer" | "busy" | "voicemail" | "failed" | "completed" | "cancelled";
                /** @description The agent↔operator conversation captured during a warm-transfer-experimental, rendered as bubbles. */
                messages?: ({
                    /** @description The role of the user in the conversation. */
                    role?: string;
                    /** @description The message content from the user. */
                    message?: string;
                    /** @description The timestamp when the message was sent. */
                    time?: number;
                    /** @description The timestamp when the message ended. */
                    endTime?: number;
                    /** @description The number of seconds from the start of the conversation. */
                    secondsFromStart?: number;
                    /** @description The duration of the message in seconds. */
                    duration?: number;
                    /** @description Indicates if the message was filtered for security reasons. */
                    isFiltered?: boolean;
                    /** @description List of detected security threats if the message was filtered. */
                    detectedThreats?: string[];
                    /** @description The original message before filtering (only included if content was filtered). */
                    originalMessage?: string;
                    /** @description The metadata associated with the message. Currently used to store the transcriber's word level confidence. */
                    metadata?: unknown;
                    /** @description Stable speaker label for diarized user speakers (e.g., "Speaker 1"). */
                    speakerLabel?: string;
                    /** @description The source of the message. */
                    source?: string;
                    /** @description The name of the assistant that produced this message. In a squad or handoff call this is the specific sub-agent active when the message was spoken, letting the transcript label each message by speaker. */
                    assistantName?: string;
                    /** @description The ID of the assistant that produced this message. Stable reference for the assistant named in `assistantName`. */
                    assistantId?: string;
                    /** @description The list of tool calls made during the conversation. */
                    toolCalls?: unknown[];
                    /** @description The ID of the tool call. */
                    toolCallId?: string;
                    /** @description The name of the tool that returned the result. */
                    name?: string;
                    /** @description The result of the tool call in JSON format. */
                    result?: string;
                    /** @description Warnings raised for this tool call result, e.g. when the response is larger than recommended for voice AI context windows. */
                    warnings?: {
                        [key: string]: unknown;
                    }[];
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            })[];
            /** @description This is video recording start delay in ms. To enable, set `assistant.artifactPlan.videoRecordingEnabled`. This can be used to align the playback of the recording with artifact.messages timestamps. */
            videoRecordingStartDelaySeconds?: number;
            /** @description This is the history of workflow nodes that were executed during the call. */
            nodes?: ({
                /** @description These are the messages that were spoken during the node. */
                messages?: ({
                    /** @description The role of the user in the conversation. */
                    role?: string;
                    /** @description The message content from the user. */
                    message?: string;
                    /** @description The timestamp when the message was sent. */
                    time?: number;
                    /** @description The timestamp when the message ended. */
                    endTime?: number;
                    /** @description The number of seconds from the start of the conversation. */
                    secondsFromStart?: number;
                    /** @description The duration of the message in seconds. */
                    duration?: number;
                    /** @description Indicates if the message was filtered for security reasons. */
                    isFiltered?: boolean;
                    /** @description List of detected security threats if the message was filtered. */
                    detectedThreats?: string[];
                    /** @description The original message before filtering (only included if content was filtered). */
                    originalMessage?: string;
                    /** @description The metadata associated with the message. Currently used to store the transcriber's word level confidence. */
                    metadata?: unknown;
                    /** @description Stable speaker label for diarized user speakers (e.g., "Speaker 1"). */
                    speakerLabel?: string;
                    /** @description The source of the message. */
                    source?: string;
                    /** @description The name of the assistant that produced this message. In a squad or handoff call this is the specific sub-agent active when the message was spoken, letting the transcript label each message by speaker. */
                    assistantName?: string;
                    /** @description The ID of the assistant that produced this message. Stable reference for the assistant named in `assistantName`. */
                    assistantId?: string;
                    /** @description The list of tool calls made during the conversation. */
                    toolCalls?: unknown[];
                    /** @description The ID of the tool call. */
                    toolCallId?: string;
                    /** @description The name of the tool that returned the result. */
                    name?: string;
                    /** @description The result of the tool call in JSON format. */
                    result?: string;
                    /** @description Warnings raised for this tool call result, e.g. when the response is larger than recommended for voice AI context windows. */
                    warnings?: {
                        [key: string]: unknown;
                    }[];
                } & {
                    [key: string]: unknown;
                })[];
                /** @description This is the node name. */
                nodeName?: string;
                /** @description These are the variable values that were extracted from the node. */
                variableValues?: unknown;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Ordered list of assistants that were active during the call, including after transfers and handoffs. */
            assistantActivations?: ({
                /** @description This is the version label (e.g. `v3`) of the assistant active when the activation row was recorded. `null` for inline assistants, orgs not on assistant versioning, and parent assistants that have not yet been published under it. */
                assistantVersion?: string | null;
                /** @description This is the name of the assistant that was active during the call. */
                assistantName?: string;
                /** @description This is the ID of the assistant that was active during the call. */
                assistantId?: string;
            } & {
                [key: string]: unknown;
            })[];
            /**
             * Format: date-time
             * @description This is when the structured outputs were last updated
             */
            structuredOutputsLastUpdatedAt?: string;
            /** @description This is a presigned URL to download the video recording without authentication. Expires at `presignedUrlsExpiresAt` — after that, use `GET /call/{id}/video-recording`. */
            presignedVideoUrl?: string;
            /** @description This is a presigned URL to download the assistant-channel mono recording without authentication. Expires at `presignedUrlsExpiresAt`. */
            presignedAssistantUrl?: string;
            /** @description This is a presigned URL to download the customer-channel mono recording without authentication. Expires at `presignedUrlsExpiresAt`. */
            presignedCustomerUrl?: string;
            /** @description This is a presigned URL to download the packet capture without authentication. Expires at `presignedUrlsExpiresAt`. */
            presignedPcapUrl?: string;
            /** @description This is a presigned URL to download the call logs without authentication. Expires at `presignedUrlsExpiresAt`. */
            presignedLogUrl?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Post-call analysis (configure in `assistant.analysisPlan`). No sentiment field. */
        Analysis: {
            summary?: string;
            /** @description Data extracted per `analysisPlan.structuredDataSchema`. Free-form. */
            structuredData?: {
                [key: string]: unknown;
            };
            structuredDataMulti?: {
                [key: string]: unknown;
            }[];
            /** @description The evaluation as a string, per the rubric (`"true"`/`"false"`, a number, a grade…). */
            successEvaluation?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Compliance results (e.g. `recordingConsent {type, grantedAt}`). */
        Compliance: {
            /** @description This is the recording consent of the call. Configure in `assistant.compliancePlan.recordingConsentPlan`. */
            recordingConsent?: {
                /**
                 * @description This is the type of recording consent.
                 * @enum {string}
                 */
                type?: "stay-on-line" | "verbal";
                /**
                 * Format: date-time
                 * @description This is the date and time the recording consent was granted. If not specified, it means the recording consent was not granted.
                 */
                grantedAt?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A bare array of calls; no cursor, no total. */
        ListCallsResponse: components["schemas"]["Call"][];
        /** @description The `message` of an end-of-call report (https://docs.vapi.ai/server-url/events). */
        EndOfCallReportMessage: {
            /** @enum {string} */
            type: "end-of-call-report";
            /** @description When the message was sent (epoch ms assumed; unit not documented). */
            timestamp?: number;
            endedReason?: components["schemas"]["EndedReason"];
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            endedAt?: string;
            /** @description USD. */
            cost?: number;
            costs?: components["schemas"]["CostItem"][];
            artifact?: components["schemas"]["Artifact"];
            analysis?: components["schemas"]["Analysis"];
            compliance?: components["schemas"]["Compliance"];
            call?: components["schemas"]["WebhookCall"];
            customer?: components["schemas"]["Customer"];
            phoneNumber?: components["schemas"]["PhoneNumber"];
            assistant?: {
                [key: string]: unknown;
            };
            /** @description This is the version label (e.g. `v3`) of the assistant the call was configured with. `null` for inline assistants, squad/workflow calls, pre-resolution assistant-request messages, and orgs not on assistant versioning. */
            assistantVersion?: string | null;
            /** @description This is the destination the call was transferred to, if the call was forwarded. This can also be found at `call.destination` on GET /call/:id. */
            destination?: {
                [key: string]: unknown;
            };
            /** @description This is the chat object. */
            chat?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The `message` of a status update (https://docs.vapi.ai/server-url/events). */
        StatusUpdateMessage: {
            /** @enum {string} */
            type: "status-update";
            status: components["schemas"]["CallStatus"];
            endedReason?: components["schemas"]["EndedReason"];
            /** @description When the message was sent (epoch ms assumed; unit not documented). */
            timestamp?: number;
            call?: components["schemas"]["WebhookCall"];
            customer?: components["schemas"]["Customer"];
            phoneNumber?: components["schemas"]["PhoneNumber"];
            /** @description This is the version label (e.g. `v3`) of the assistant the call was configured with. `null` for inline assistants, squad/workflow calls, pre-resolution assistant-request messages, and orgs not on assistant versioning. */
            assistantVersion?: string | null;
            /** @description These are the conversation messages of the call. This is only sent if the status is "forwarding". */
            messages?: {
                [key: string]: unknown;
            }[];
            /** @description These are the conversation messages of the call. This is only sent if the status is "forwarding". */
            messagesOpenAIFormatted?: {
                [key: string]: unknown;
            }[];
            /** @description This is the destination the call is being transferred to. This is only sent if the status is "forwarding". */
            destination?: {
                [key: string]: unknown;
            };
            /** @description This is a live version of the `call.artifact`. */
            artifact?: {
                [key: string]: unknown;
            };
            /** @description This is the assistant that the message is associated with. A configuration subtree: an open object here (its full schema is in Vapi's reference, https://docs.vapi.ai/api-reference). */
            assistant?: {
                [key: string]: unknown;
            };
            /** @description This is the chat object. */
            chat?: {
                [key: string]: unknown;
            };
            /** @description This is the transcript of the call. This is only sent if the status is "forwarding". */
            transcript?: string;
            /** @description This is the summary of the call. This is only sent if the status is "forwarding". */
            summary?: string;
            /** @description This is the inbound phone call debugging artifacts. This is only sent if the status is "ended" and there was an error accepting the inbound phone call. */
            inboundPhoneCallDebuggingArtifacts?: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description The call a message is about. The guides' examples show `{}` as a placeholder, so no field is required. */
        WebhookCall: components["schemas"]["CallFields"];
        /** @description The fields of a `Call`, none required. */
        CallFields: {
            id?: string;
            status?: components["schemas"]["CallStatus"];
            endedReason?: components["schemas"]["EndedReason"];
        } & {
            [key: string]: unknown;
        };
        /** @description Body of the end-of-call-report POST. */
        EndOfCallReportWebhook: {
            message: components["schemas"]["EndOfCallReportMessage"];
        } & {
            [key: string]: unknown;
        };
        /** @description Body of the status-update POST. */
        StatusUpdateWebhook: {
            message: components["schemas"]["StatusUpdateMessage"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Vapi documents no error body. Modelled leniently on the NestJS shape its API answers with in practice:
         *     `{message, error, statusCode}`, where `message` may be a string or a list of validation messages.
         */
        Error: {
            message?: string | string[];
            /** @description The HTTP reason phrase (e.g. `Not Found`). */
            error?: string;
            /** @description The HTTP status, repeated. */
            statusCode?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The transient phone number of a call (Vapi's `ImportTwilioPhoneNumberDTO`): an imported Twilio number, its digits in `twilioPhoneNumber`. A saved number is referenced by `phoneNumberId` instead. Webhook messages carry a different object, `PhoneNumber`, with `provider` and `number`. Source: https://docs.vapi.ai/api-reference/calls/get. */
        CallPhoneNumber: {
            /** @description This is the fallback destination an inbound call will be transferred to if: 1. `assistantId` is not set 2. `squadId` is not set 3. and, `assistant-request` message to the `serverUrl` fails */
            fallbackDestination?: {
                /** @description This is spoken to the customer before connecting them to the destination. */
                message?: {
                    /** @description This is an alternative to the `content` property. It allows to specify variants of the same content, one per language. */
                    contents?: {
                        [key: string]: unknown;
                    }[];
                    /**
                     * @description This is a custom message.
                     * @enum {string}
                     */
                    type?: "custom-message";
                    /** @description This is the content that the assistant will say when this message is triggered. */
                    content?: string;
                } & {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type?: "number";
                /** @description This is the flag to toggle the E164 check for the `number` field. This is an advanced property which should be used if you know your use case requires it. */
                numberE164CheckEnabled?: boolean;
                /** @description This is the phone number to transfer the call to. */
                number?: string;
                /** @description This is the extension to dial after transferring the call to the `number`. */
                extension?: string;
                /** @description This is the caller ID to use when transferring the call to the `number`. */
                callerId?: string;
                /** @description This configures how transfer is executed and the experience of the destination party receiving the call. Defaults to `blind-transfer`. */
                transferPlan?: {
                    /**
                     * @description This configures how transfer is executed and the experience of the destination party receiving the call.
                     * @enum {string}
                     */
                    mode?: "blind-transfer" | "blind-transfer-add-summary-to-sip-header" | "warm-transfer-say-message" | "warm-transfer-say-summary" | "warm-transfer-twiml" | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message" | "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary" | "warm-transfer-experimental";
                    /** @description This is the message the assistant will deliver to the destination party before connecting the customer. */
                    message?: {
                        [key: string]: unknown;
                    };
                    /** @description This is the timeout in seconds for the warm-transfer-wait-for-operator-to-speak-first-and-then-say-message/summary */
                    timeout?: number;
                    /** @description This specifies the SIP verb to use while transferring the call. - 'refer': Uses SIP REFER to transfer the call (default) - 'bye': Ends current call with SIP BYE - 'dial': Uses SIP DIAL to transfer the call */
                    sipVerb?: unknown;
                    /** @description This sets the timeout for the dial operation in seconds. This is the duration the call will ring before timing out. */
                    dialTimeout?: number;
                    /** @description This is the URL to an audio file played while the customer is on hold during transfer. */
                    holdAudioUrl?: string;
                    /** @description This is the URL to an audio file played after the warm transfer message or summary is delivered to the destination party. It can be used to play a custom sound like 'beep' to notify that the transfer is complete. */
                    transferCompleteAudioUrl?: string;
                    /** @description This is the plan for manipulating the message context before initiating the warm transfer. Usage: - Used only when `mode` is `warm-transfer-experimental`. - These messages will automatically be added to the transferAssistant's system message. - If 'none', we will not add any transcript to the tra… */
                    contextEngineeringPlan?: {
                        [key: string]: unknown;
                    };
                    /** @description This is the TwiML instructions to execute on the destination call leg before connecting the customer. */
                    twiml?: string;
                    /** @description This is the plan for generating a summary of the call to present to the destination party. */
                    summaryPlan?: {
                        [key: string]: unknown;
                    };
                    /** @description This flag includes the sipHeaders from above in the refer to sip uri as url encoded query params. */
                    sipHeadersInReferToEnabled?: boolean;
                    /** @description This configures the fallback plan when the transfer fails (destination unreachable, busy, or not human). */
                    fallbackPlan?: {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
                /** @description This is the description of the destination, used by the AI to choose when and how to transfer the call. */
                description?: string;
                /** @description This is the SIP URI to transfer the call to. */
                sipUri?: string;
                /** @description These are custom headers to be added to SIP refer during transfer call. */
                sipHeaders?: unknown;
                /** @description The name of the transfer destination, for your own reference. */
                name?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description This is the hooks that will be used for incoming calls to this phone number. */
            hooks?: ({
                /**
                 * @description This is the event to trigger the hook on
                 * @enum {string}
                 */
                on?: "call.ringing";
                /** @description Optional filters to decide when to trigger the hook. Currently supports filtering by caller country code. */
                filters?: ({
                    /**
                     * @description This is the type of filter - matches when the specified field starts with any of the given prefixes
                     * @enum {string}
                     */
                    type?: "startsWith";
                    /**
                     * @description The field to check. Currently only "number" (the caller's phone number) is supported.
                     * @enum {string}
                     */
                    key?: "number";
                    /** @description Array of prefixes to match. Do not include the + prefix. Inbound calls from numbers starting with any of these prefixes will trigger the hook actions. */
                    startsWith?: string[];
                    /** @description The values the field may match (the caller's country codes, in Vapi's SDK). */
                    oneOf?: string[];
                } & {
                    [key: string]: unknown;
                })[];
                /** @description Only the first action will be executed. Additional actions will be ignored. */
                do?: ({
                    /**
                     * @description This is the type of action - must be "transfer"
                     * @enum {string}
                     */
                    type?: "transfer";
                    /** @description This is the destination details for the transfer - can be a phone number or SIP URI */
                    destination?: {
                        [key: string]: unknown;
                    };
                    /** @description This is the message to say */
                    exact?: string;
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            })[];
            /** @description Controls whether Vapi sets the messaging webhook URL on the Twilio number during import. */
            smsEnabled?: boolean;
            /** @description These are the digits of the phone number you own on your Twilio. */
            twilioPhoneNumber?: string;
            /** @description This is your Twilio Account SID that will be used to handle this phone number. */
            twilioAccountSid?: string;
            /** @description This is the Twilio Auth Token that will be used to handle this phone number. */
            twilioAuthToken?: string;
            /** @description This is the Twilio API Key that will be used to handle this phone number. If AuthToken is provided, this will be ignored. */
            twilioApiKey?: string;
            /** @description This is the Twilio API Secret that will be used to handle this phone number. If AuthToken is provided, this will be ignored. */
            twilioApiSecret?: string;
            /** @description This is the name of the phone number. This is just for your own reference. */
            name?: string;
            /** @description This is the assistant that will be used for incoming calls to this phone number. */
            assistantId?: string;
            /** @description This is the workflow that will be used for incoming calls to this phone number. */
            workflowId?: string;
            /** @description This is the squad that will be used for incoming calls to this phone number. */
            squadId?: string;
            /** @description This is where Vapi will send webhooks. You can find all webhooks available along with their shape in ServerMessage schema. */
            server?: {
                /** @description This is the timeout in seconds for the request. Defaults to 20 seconds. */
                timeoutSeconds?: number;
                /** @description The credential ID for server authentication */
                credentialId?: string;
                /** @description If enabled, requests will originate from a static set of IPs owned and managed by Vapi. */
                staticIpAddressesEnabled?: boolean;
                /** @description This is the paths to encrypt in the request body if credentialId and encryptionPlan are defined. */
                encryptedPaths?: string[];
                /** @description This is where the request will be sent. */
                url?: string;
                /** @description These are the headers to include in the request. */
                headers?: unknown;
                /** @description This is the backoff plan if the request fails. Defaults to undefined (the request will not be retried). */
                backoffPlan?: {
                    /** @description This is the type of backoff plan to use. Defaults to fixed. */
                    type?: unknown;
                    /** @description This is the maximum number of retries to attempt if the request fails. Defaults to 0 (no retries). */
                    maxRetries?: number;
                    /** @description This is the base delay in seconds. For linear backoff, this is the delay between each retry. For exponential backoff, this is the initial delay. */
                    baseDelaySeconds?: number;
                    /** @description This is the excluded status codes. If the response status code is in this list, the request will not be retried. By default, the request will be retried for any non-2xx status code. */
                    excludedStatusCodes?: unknown[];
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid parameters (e.g. a malformed date-time filter). Body not documented. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid API key. Body not documented. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No call with this id. Body not documented. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited. Vapi publishes no rate limits, no 429 body and no rate-limit headers. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, when sent (not documented). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. Body not documented. */
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
                /** @description The call's id (a UUID in every example). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
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
                /** @description Only the call with this id. */
                id?: string;
                /** @description Only calls of this assistant. */
                assistantId?: string;
                /** @description Only calls on this phone number (phone calls only). */
                phoneNumberId?: string;
                /** @description Maximum number of calls to return, 0–1000. Default 100. */
                limit?: number;
                /** @description Only calls whose `createdAt` is after this ISO 8601 date-time (exclusive). */
                createdAtGt?: string;
                /** @description Only calls whose `createdAt` is before this ISO 8601 date-time (exclusive). */
                createdAtLt?: string;
                /** @description Only calls whose `createdAt` is at or after this ISO 8601 date-time (inclusive). */
                createdAtGe?: string;
                /** @description Only calls whose `createdAt` is at or before this ISO 8601 date-time (inclusive). */
                createdAtLe?: string;
                /** @description Only calls whose `updatedAt` is after this ISO 8601 date-time (exclusive). */
                updatedAtGt?: string;
                /** @description Only calls whose `updatedAt` is before this ISO 8601 date-time (exclusive). */
                updatedAtLt?: string;
                /** @description Only calls whose `updatedAt` is at or after this ISO 8601 date-time (inclusive). */
                updatedAtGe?: string;
                /** @description Only calls whose `updatedAt` is at or before this ISO 8601 date-time (inclusive). */
                updatedAtLe?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calls (a bare array). */
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
    endOfCallReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndOfCallReportWebhook"];
            };
        };
        responses: {
            /** @description Acknowledged; Vapi expects no body for this message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your server rejected the request's credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    statusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusUpdateWebhook"];
            };
        };
        responses: {
            /** @description Acknowledged; Vapi expects no body for this message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your server rejected the request's credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
