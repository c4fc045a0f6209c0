/**
 * GENERATED from specs/unified.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/unified.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Switchboard unified call model",
    "version": "1.0.0",
    "summary": "The one Call every provider's call record is normalized into.",
    "description": "The unified `Call` of `@switchboard/normalizer`. Its TypeScript type is generated from this file, and\nevery normalizer output validates against it. Rules that hold for every field:\n\n- camelCase, JSON-serialisable (no `Date`, no `NaN`);\n- a field the provider did not give is **absent** (never a made-up zero or empty string);\n- times are ISO 8601 UTC with milliseconds (`2023-03-15T13:20:00.000Z`); durations and offsets are\n  integer **milliseconds**; latencies are milliseconds; money is in the currency's major unit, unrounded;\n- enums are `{ unified, raw }`: `unified` is ours, `raw` is the provider's value, as sent;\n- `raw` holds the provider's call object untouched, so nothing the provider said is lost.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "paths": {},
  "components": {
    "schemas": {
      "Provider": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9-]*$",
        "description": "The voice-AI platform a call comes from: the provider's id, the name of its `specs/<provider>.yaml`\nand of its `@switchboard/sdk` descriptor. Not a closed enum, so that adding a provider edits no list\nhere: the known values are the provider specs beside this one, and `@switchboard/sdk` exports the\nproviders it was built with as `PROVIDER_NAMES`.\n",
        "examples": [
          "vapi"
        ]
      },
      "Detail": {
        "type": "string",
        "description": "How complete the record a call was normalized from is: `full` when it carried the conversation (a\nGet Call answer, or a list row of a provider whose list returns whole calls); `summary` when it\ncarried no transcript field at all (a list row such as ThinnestAI's `CallSummary` or Butter's\n`CallListItem`): then `transcript` is absent, not empty, and `getCall` gives the full call.\n",
        "enum": [
          "summary",
          "full"
        ]
      },
      "Channel": {
        "type": "string",
        "description": "`phone` for a telephone call (PSTN/SIP), `web` for a browser or WebRTC call.",
        "enum": [
          "phone",
          "web"
        ]
      },
      "Direction": {
        "type": "string",
        "description": "`inbound`: the user called the agent; `outbound`: the agent called the user.",
        "enum": [
          "inbound",
          "outbound"
        ]
      },
      "UnifiedStatus": {
        "type": "string",
        "description": "`queued` (created, not dialled), `ringing`, `in_progress`, `ended` (connected and finished),\n`not_connected` (busy, no answer, cancelled), `error`, `unknown` (a value we do not know; see `raw`).\n",
        "enum": [
          "queued",
          "ringing",
          "in_progress",
          "ended",
          "not_connected",
          "error",
          "unknown"
        ]
      },
      "CallStatus": {
        "type": "object",
        "description": "The call's status, ours and the provider's.",
        "additionalProperties": false,
        "required": [
          "unified"
        ],
        "properties": {
          "unified": {
            "$ref": "#/components/schemas/UnifiedStatus"
          },
          "raw": {
            "type": "string",
            "description": "The provider's status value as sent; absent when the provider sent none."
          }
        }
      },
      "UnifiedEndReason": {
        "type": "string",
        "description": "Why the call ended: `other` for a known provider value with no unified equivalent, `unknown` for a value\nthe provider's documentation does not list (new to us: kept in `raw`, with a warning).\n",
        "enum": [
          "user_hangup",
          "agent_hangup",
          "transfer",
          "voicemail",
          "no_answer",
          "busy",
          "max_duration",
          "inactivity",
          "error",
          "other",
          "unknown"
        ]
      },
      "EndReason": {
        "type": "object",
        "description": "Why the call ended, ours and the provider's.",
        "additionalProperties": false,
        "required": [
          "unified",
          "raw"
        ],
        "properties": {
          "unified": {
            "$ref": "#/components/schemas/UnifiedEndReason"
          },
          "raw": {
            "type": "string",
            "description": "The provider's value as sent (e.g. `USER_HANGUP`, `tool_end_call`)."
          }
        }
      },
      "Role": {
        "type": "string",
        "description": "Who spoke: `agent` (the AI), `user` (the human), `tool` (a tool call/result), `other`.",
        "enum": [
          "agent",
          "user",
          "tool",
          "other"
        ]
      },
      "Word": {
        "type": "object",
        "description": "One word of a turn, with its timing when the provider gives it.",
        "additionalProperties": false,
        "required": [
          "word"
        ],
        "properties": {
          "word": {
            "type": "string"
          },
          "startMs": {
            "type": "integer",
            "description": "Start of the word, milliseconds from the start of the call."
          },
          "endMs": {
            "type": "integer",
            "description": "End of the word, milliseconds from the start of the call."
          }
        }
      },
      "TranscriptTurn": {
        "type": "object",
        "description": "One turn of the conversation.",
        "additionalProperties": false,
        "required": [
          "role",
          "text"
        ],
        "properties": {
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "text": {
            "type": "string"
          },
          "startMs": {
            "type": "integer",
            "description": "Start of the turn, milliseconds from the start of the call."
          },
          "endMs": {
            "type": "integer",
            "description": "End of the turn, milliseconds from the start of the call."
          },
          "words": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Word"
            }
          }
        }
      },
      "Recording": {
        "type": "object",
        "description": "The call's recording.",
        "additionalProperties": false,
        "required": [
          "url"
        ],
        "properties": {
          "url": {
            "type": "string",
            "description": "Where the provider keeps the recording (may be `s3://`, or a pre-signed URL that expires)."
          },
          "durationMs": {
            "type": "integer",
            "description": "Length of the recording, milliseconds."
          }
        }
      },
      "CostBreakdown": {
        "type": "object",
        "description": "Cost per component, in the `Cost.currency`'s major unit, unrounded. Absent components were not reported.",
        "additionalProperties": false,
        "properties": {
          "llm": {
            "type": "number"
          },
          "stt": {
            "type": "number"
          },
          "tts": {
            "type": "number"
          },
          "telephony": {
            "type": "number"
          },
          "platform": {
            "type": "number"
          },
          "other": {
            "type": "number",
            "description": "Everything the provider reported that has no component above (summed)."
          },
          "components": {
            "type": "array",
            "description": "Each cost item the provider itemized, as it reported it (Vapi `costs[]`), in report order: several\nitems of one kind (a squad's assistants) stay apart here while the totals above add them up.\n",
            "items": {
              "$ref": "#/components/schemas/CostComponent"
            }
          }
        }
      },
      "CostComponent": {
        "type": "object",
        "description": "One itemized cost, by kind and vendor, in the `Cost.currency`'s major unit, unrounded.",
        "additionalProperties": false,
        "required": [
          "kind",
          "amount"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "description": "`llm`, `stt`, `tts`, `telephony` or `platform` for the components of `CostBreakdown`; otherwise the\nprovider's own name of the cost (Vapi `analysis`, `voicemail-detection`, `knowledge-base`, `chat`, …).\n"
          },
          "provider": {
            "type": "string",
            "description": "The vendor that charged it, as the provider names it (`openai`, `deepgram`, `11labs`, `twilio`, …)."
          },
          "model": {
            "type": "string",
            "description": "The model or voice used, when the provider says (`gpt-4o`, `nova-2`, a voice id)."
          },
          "amount": {
            "type": "number",
            "description": "The item's cost, in the `Cost.currency`'s major unit, unrounded."
          }
        }
      },
      "Cost": {
        "type": "object",
        "description": "What the call cost.",
        "additionalProperties": false,
        "required": [
          "total",
          "currency",
          "breakdown"
        ],
        "properties": {
          "total": {
            "type": "number",
            "description": "Total cost in the currency's major unit (e.g. dollars), unrounded."
          },
          "currency": {
            "type": "string",
            "description": "ISO 4217 code (`USD`, `INR`, …), or `credits` for platforms that bill in credits.",
            "pattern": "^([A-Z]{3}|credits)$"
          },
          "breakdown": {
            "$ref": "#/components/schemas/CostBreakdown"
          }
        }
      },
      "LatencyStats": {
        "type": "object",
        "description": "Distribution of one latency, all in **milliseconds** (count is a number of samples).",
        "additionalProperties": false,
        "properties": {
          "min": {
            "type": "number"
          },
          "mean": {
            "type": "number"
          },
          "p50": {
            "type": "number"
          },
          "p90": {
            "type": "number"
          },
          "p95": {
            "type": "number"
          },
          "p99": {
            "type": "number"
          },
          "max": {
            "type": "number"
          },
          "count": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "Latency": {
        "type": "object",
        "description": "Latencies by stage: `e2e` (user stops speaking → agent starts), `llm` (time to first token), `tts`, `stt`.",
        "additionalProperties": false,
        "properties": {
          "e2e": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "llm": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "tts": {
            "$ref": "#/components/schemas/LatencyStats"
          },
          "stt": {
            "$ref": "#/components/schemas/LatencyStats"
          }
        }
      },
      "Usage": {
        "type": "object",
        "description": "Consumption counted by the provider.",
        "additionalProperties": false,
        "properties": {
          "llmInputTokens": {
            "type": "integer",
            "minimum": 0
          },
          "llmOutputTokens": {
            "type": "integer",
            "minimum": 0
          },
          "ttsCharacters": {
            "type": "integer",
            "minimum": 0
          },
          "sttSeconds": {
            "type": "number",
            "minimum": 0,
            "description": "Seconds of audio transcribed."
          }
        }
      },
      "Sentiment": {
        "type": "string",
        "enum": [
          "positive",
          "neutral",
          "negative"
        ]
      },
      "Analysis": {
        "type": "object",
        "description": "The provider's post-call analysis.",
        "additionalProperties": false,
        "properties": {
          "summary": {
            "type": "string"
          },
          "successful": {
            "type": "boolean"
          },
          "evaluation": {
            "type": "string",
            "description": "The provider's free-text evaluation of success."
          },
          "sentiment": {
            "$ref": "#/components/schemas/Sentiment"
          },
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "Quality score, 0–100."
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "data": {
            "type": "object",
            "description": "Structured data the provider extracted from the call.",
            "additionalProperties": true
          }
        }
      },
      "StackComponent": {
        "type": "object",
        "description": "One vendor of the agent's pipeline.",
        "additionalProperties": false,
        "required": [
          "provider"
        ],
        "properties": {
          "provider": {
            "type": "string",
            "description": "Vendor name as the provider sent it (e.g. `openai`, `deepgram`)."
          },
          "model": {
            "type": "string"
          },
          "voiceId": {
            "type": "string"
          }
        }
      },
      "Stack": {
        "type": "object",
        "description": "The LLM, STT and TTS vendors used for the call, and the version of the agent that ran it.",
        "additionalProperties": false,
        "properties": {
          "agentVersion": {
            "type": "string",
            "description": "The version of the agent's configuration that ran the call, as the provider labels it (Vapi `assistantVersion`, e.g. `v3`)."
          },
          "llm": {
            "$ref": "#/components/schemas/StackComponent"
          },
          "stt": {
            "$ref": "#/components/schemas/StackComponent"
          },
          "tts": {
            "$ref": "#/components/schemas/StackComponent"
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "A call from any provider, normalized.",
        "additionalProperties": false,
        "required": [
          "provider",
          "id",
          "agentId",
          "channel",
          "status",
          "detail",
          "metadata",
          "raw",
          "warnings"
        ],
        "properties": {
          "provider": {
            "$ref": "#/components/schemas/Provider"
          },
          "id": {
            "type": "string",
            "description": "The provider's call id, as a string."
          },
          "agentId": {
            "type": "string",
            "description": "The provider's agent (bot, assistant) id."
          },
          "agentName": {
            "type": "string"
          },
          "channel": {
            "$ref": "#/components/schemas/Channel"
          },
          "direction": {
            "$ref": "#/components/schemas/Direction"
          },
          "status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "from": {
            "type": "string",
            "description": "The calling number, as given (E.164 where the provider gives it)."
          },
          "to": {
            "type": "string",
            "description": "The called number, as given (E.164 where the provider gives it)."
          },
          "startedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the call started, ISO 8601 UTC with milliseconds."
          },
          "endedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the call ended, ISO 8601 UTC with milliseconds."
          },
          "durationMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Call duration in milliseconds; the provider's own duration, else `endedAt − startedAt`."
          },
          "endReason": {
            "$ref": "#/components/schemas/EndReason"
          },
          "detail": {
            "$ref": "#/components/schemas/Detail"
          },
          "transcript": {
            "type": "array",
            "description": "The conversation, in order; empty when the record had a transcript field with no turns; absent\nwhen the record carried no transcript field (`detail: summary`).\n",
            "items": {
              "$ref": "#/components/schemas/TranscriptTurn"
            }
          },
          "recording": {
            "$ref": "#/components/schemas/Recording"
          },
          "cost": {
            "$ref": "#/components/schemas/Cost"
          },
          "latency": {
            "$ref": "#/components/schemas/Latency"
          },
          "usage": {
            "$ref": "#/components/schemas/Usage"
          },
          "analysis": {
            "$ref": "#/components/schemas/Analysis"
          },
          "stack": {
            "$ref": "#/components/schemas/Stack"
          },
          "interruptions": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of times the user interrupted the agent."
          },
          "turnCount": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of conversation turns as the provider counted them (Butter `turn_count`), also when the\nrecord carries no transcript; absent when the provider did not say.\n"
          },
          "metadata": {
            "type": "object",
            "description": "Provider-specific free-form data (e.g. OpenMic `customer_id`, `dynamic_variables`).",
            "additionalProperties": true
          },
          "raw": {
            "type": "object",
            "description": "The provider's call object, untouched.",
            "additionalProperties": true
          },
          "warnings": {
            "type": "array",
            "description": "One message per value that could not be mapped (the call is still returned).",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "WebhookEventType": {
        "type": "string",
        "description": "What happened: `call.started` (the call connected), `call.status` (any other status change, e.g.\nringing), `call.ended` (the call ended; the report may include its analysis), `call.analyzed` (post-call\nanalysis is ready), `other` (not a call event, e.g. ThinnestAI `agent.updated`; see `raw.type`).\n",
        "enum": [
          "call.started",
          "call.status",
          "call.ended",
          "call.analyzed",
          "other"
        ]
      },
      "WebhookEvent": {
        "type": "object",
        "description": "One provider webhook event, normalized by `normalizeWebhookEvent`. Nothing is lost: `raw.payload` is\nthe parsed body, untouched, and `raw.type` the provider's own event name.\n",
        "additionalProperties": false,
        "required": [
          "provider",
          "type",
          "raw",
          "warnings"
        ],
        "properties": {
          "provider": {
            "$ref": "#/components/schemas/Provider"
          },
          "type": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "raw": {
            "type": "object",
            "description": "The event as the provider sent it.",
            "additionalProperties": false,
            "required": [
              "type",
              "payload"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The provider's event name as sent (e.g. `end-of-call-report`, `voice.call.ended`, a Butter status such as `no-answer`)."
              },
              "payload": {
                "type": "object",
                "description": "The parsed webhook body, untouched.",
                "additionalProperties": true
              }
            }
          },
          "occurredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the event happened according to the provider, ISO 8601 UTC with milliseconds; absent when it did not say."
          },
          "callId": {
            "type": "string",
            "description": "The provider's call id, when the event concerns a call."
          },
          "deliveryId": {
            "type": "string",
            "description": "The provider's delivery id (e.g. ThinnestAI `X-Webhook-Delivery-Id`), set by the receiver from the headers."
          },
          "call": {
            "$ref": "#/components/schemas/WebhookCall"
          },
          "warnings": {
            "type": "array",
            "description": "One message per value that could not be mapped (the event is still returned).",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "WebhookCall": {
        "type": "object",
        "description": "The call as far as one event describes it: the fields of `Call`, each with the same meaning and units,\nbut only `provider`, `id`, `raw` and `warnings` are required (a status event says nothing about the\ntranscript or the agent, and absent means \"not in this event\", never \"none\").\n",
        "additionalProperties": false,
        "required": [
          "provider",
          "id",
          "raw",
          "warnings"
        ],
        "properties": {
          "provider": {
            "$ref": "#/components/schemas/Call/properties/provider"
          },
          "id": {
            "$ref": "#/components/schemas/Call/properties/id"
          },
          "agentId": {
            "$ref": "#/components/schemas/Call/properties/agentId"
          },
          "agentName": {
            "$ref": "#/components/schemas/Call/properties/agentName"
          },
          "channel": {
            "$ref": "#/components/schemas/Call/properties/channel"
          },
          "direction": {
            "$ref": "#/components/schemas/Call/properties/direction"
          },
          "status": {
            "$ref": "#/components/schemas/Call/properties/status"
          },
          "from": {
            "$ref": "#/components/schemas/Call/properties/from"
          },
          "to": {
            "$ref": "#/components/schemas/Call/properties/to"
          },
          "startedAt": {
            "$ref": "#/components/schemas/Call/properties/startedAt"
          },
          "endedAt": {
            "$ref": "#/components/schemas/Call/properties/endedAt"
          },
          "durationMs": {
            "$ref": "#/components/schemas/Call/properties/durationMs"
          },
          "endReason": {
            "$ref": "#/components/schemas/Call/properties/endReason"
          },
          "detail": {
            "$ref": "#/components/schemas/Call/properties/detail"
          },
          "transcript": {
            "description": "The conversation, when the event carries one (absent = the event said nothing about it).",
            "$ref": "#/components/schemas/Call/properties/transcript"
          },
          "recording": {
            "$ref": "#/components/schemas/Call/properties/recording"
          },
          "cost": {
            "$ref": "#/components/schemas/Call/properties/cost"
          },
          "latency": {
            "$ref": "#/components/schemas/Call/properties/latency"
          },
          "usage": {
            "$ref": "#/components/schemas/Call/properties/usage"
          },
          "analysis": {
            "$ref": "#/components/schemas/Call/properties/analysis"
          },
          "stack": {
            "$ref": "#/components/schemas/Call/properties/stack"
          },
          "interruptions": {
            "$ref": "#/components/schemas/Call/properties/interruptions"
          },
          "turnCount": {
            "$ref": "#/components/schemas/Call/properties/turnCount"
          },
          "metadata": {
            "$ref": "#/components/schemas/Call/properties/metadata"
          },
          "raw": {
            "type": "object",
            "description": "The call object as the event carries it (an envelope's `data`, or the payload itself), untouched.",
            "additionalProperties": true
          },
          "warnings": {
            "$ref": "#/components/schemas/Call/properties/warnings"
          }
        }
      }
    }
  }
};
export default spec;
