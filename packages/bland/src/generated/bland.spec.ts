/**
 * GENERATED from specs/bland.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/bland.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Bland AI call records API",
    "version": "1.0.0",
    "summary": "Get and list Bland AI calls, and the post-call webhook Bland sends.",
    "description": "Hand-written description of Bland AI's call-record surface, trimmed to what a call record needs, from\nBland's public API reference:\n\"Call Details\" (`GET /v1/calls/{call_id}`, https://docs.bland.ai/api-v1/get/calls-id),\n\"List Calls\" (`GET /v1/calls`, https://docs.bland.ai/api-v1/get/calls),\n\"Send Call\" (error bodies, `max_duration`, `webhook_events`, https://docs.bland.ai/api-v1/post/calls),\n\"Post Call Webhooks\" (payloads, https://docs.bland.ai/tutorials/post-call-webhooks) and\n\"Webhook Signing\" (https://docs.bland.ai/tutorials/webhook-signing).\n\nUnits: `call_length`, `max_duration`, the `duration_gt`/`duration_lt` filters and (unconfirmed)\n`pre_transfer_duration`/`post_transfer_duration` are **minutes**; `corrected_duration` is a **string of\nseconds** (`\"45\"`); `price` is **USD**; times are ISO 8601 strings with an offset; transcript\n`created_at` values are absolute times, while `corrected_transcript`/`post_transfer_transcript`\n`start`/`end` are **seconds** from the start of the (transferred) conversation.\n\nTraps: `end_at` is documented as the time the call *would be* ended automatically because of\n`max_duration`, not the time it ended; in the examples it matches neither `started_at + max_duration`\nnor, always, `started_at + corrected_duration`, so it is modelled as a plain date-time and never read as\nthe end time. `call_id` is labelled `number` on the Call Details page but every example is a UUID\nstring: modelled as a string.\n\nNot documented by Bland (modelled leniently, `additionalProperties: true`): error bodies specific to\nthe two GET endpoints (the shapes below are those documented for other endpoints), rate limits of the\nGET endpoints and any `Retry-After` header, the retry schedule of webhooks, and whether the webhook\nsignature is computed over the exact bytes sent.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "Bland AI API reference",
    "url": "https://docs.bland.ai/api-v1/get/calls-id"
  },
  "servers": [
    {
      "url": "https://api.bland.ai",
      "description": "Production"
    }
  ],
  "security": [
    {
      "ApiKeyAuth": []
    }
  ],
  "tags": [
    {
      "name": "calls",
      "description": "Call records."
    },
    {
      "name": "webhooks",
      "description": "Requests Bland sends to your server."
    }
  ],
  "paths": {
    "/v1/calls/{call_id}": {
      "get": {
        "operationId": "getCall",
        "summary": "Call Details",
        "description": "Retrieve detailed information, metadata and transcripts for a call.\nSource: https://docs.bland.ai/api-v1/get/calls-id\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "call_id",
            "in": "path",
            "required": true,
            "description": "The unique identifier of the call (a UUID in every example).",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/EncryptedKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The call, with its transcripts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Call"
                },
                "examples": {
                  "seed": {
                    "summary": "The Call Details example of the Bland reference, verbatim (its `//...` placeholder comment removed, as it is not JSON).",
                    "value": {
                      "call_id": "12345678-1234-1234-1234-123456789012",
                      "call_length": 0.75,
                      "batch_id": null,
                      "to": "+12223334444",
                      "from": "+17163511654",
                      "request_data": {
                        "phone_number": "+12223334444",
                        "wait": true,
                        "language": "ENG"
                      },
                      "completed": true,
                      "created_at": "2024-04-27T23:51:18.025251+00:00",
                      "inbound": false,
                      "queue_status": "completed",
                      "endpoint_url": "api.prod.bland.ai",
                      "max_duration": 30,
                      "error_message": null,
                      "variables": {
                        "now": "Sat Apr 27 2024 18:51:25 GMT-0500 (Central Daylight Time)",
                        "now_utc": "Sat, 27 Apr 2024 23:51:25 GMT",
                        "short_from": "7163511654",
                        "short_to": "2223334444",
                        "from": "+17163511654",
                        "to": "+12223334444",
                        "call_id": "12345678-1234-1234-1234-123456789012",
                        "phone_number": "+12223334444",
                        "city": "SAN FRANCISCO",
                        "country": "US",
                        "state": "CA",
                        "zip": "12345",
                        "input": {
                          "date": "2024-04-28",
                          "rooms": 3
                        }
                      },
                      "answered_by": "human",
                      "record": false,
                      "recording_url": null,
                      "c_id": "12345678-1234-1234-1234-123456789012",
                      "metadata": {},
                      "summary": "The call was a conversation between a hotel booking service assistant and a customer. The customer expressed interest in booking a hotel room for tomorrow and needing three rooms. The assistant booked book the reservation for three rooms for the next day. Then, the call ended with the assistant thanking the customer for choosing their service.",
                      "price": 0.068,
                      "started_at": "2024-04-27T23:51:25+00:00",
                      "local_dialing": false,
                      "call_ended_by": "ASSISTANT",
                      "pathway_id": "b1693602-c05e-4b5c-b187-d0189a42aebf",
                      "pathway_logs": null,
                      "pathway_version": 1,
                      "analysis": null,
                      "concatenated_transcript": "user: Hello? \n assistant: Hi there! I'm calling from the hotel booking service. I'd love to help you with your reservation. Could you let me know what day you'd like to book your hotel for and how many rooms you'll need? \n user: Hopefully, tomorrow, I'm thinking. ...",
                      "transcripts": [
                        {
                          "id": 7395694,
                          "created_at": "2024-04-27T23:51:28.568385+00:00",
                          "text": "Hello?",
                          "user": "user",
                          "c_id": "12345678-1234-1234-1234-123456789012",
                          "status": null,
                          "transcript_id": null
                        },
                        {
                          "id": 7395698,
                          "created_at": "2024-04-27T23:51:30.689815+00:00",
                          "text": "Hi there! I'm calling from the hotel booking service. I'd love to help you with your reservation. Could you let me know what day you'd like to book your hotel for and how many rooms you'll need?",
                          "user": "assistant",
                          "c_id": "12345678-1234-1234-1234-123456789012",
                          "status": null,
                          "transcript_id": "12345678-1234-1234-1234-123456789014"
                        }
                      ],
                      "status": "completed",
                      "corrected_duration": "45",
                      "end_at": "2024-04-27T23:52:10.000Z",
                      "voice_id": "745fbef5-f445-44fa-91ba-93f89803e1ce",
                      "warm_transfer_call": {
                        "proxy_agent_calls": [
                          {
                            "state": "MERGED",
                            "call_id": "12345678-1234-1234-1234-123456789013",
                            "phone_number": "+14158589038"
                          }
                        ],
                        "state": "MERGED"
                      },
                      "is_proxy_agent_call": false,
                      "is_canary": false
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/v1/calls": {
      "get": {
        "operationId": "listCalls",
        "summary": "List Calls",
        "description": "Returns a set of metadata for each call dispatched by your account, newest first unless\n`ascending=true`. Index-range pagination: `from` (inclusive start index) and `to` (end index) select\na window of the filtered, sorted result set, `limit` caps it (default 1000); `total_count` is the\nnumber of calls matching the filters. Rows carry no transcripts. Whether `to` is exclusive is not\ncertain (the reference's own example contradicts itself), so clients should advance `from` by the\nnumber of calls received. Source: https://docs.bland.ai/api-v1/get/calls\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/EncryptedKey"
          },
          {
            "name": "from_number",
            "in": "query",
            "description": "Filter calls by the number that initiated the call (the user's number for inbound calls, your agent's number for outbound calls).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "to_number",
            "in": "query",
            "description": "Filter calls by the number that answered the call (the user's number for outbound calls, your agent's number for inbound calls).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "from",
            "in": "query",
            "description": "The starting index (inclusive, 0-based) of the range of calls to retrieve.",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          },
          {
            "name": "to",
            "in": "query",
            "description": "The ending index of the range of calls to retrieve (where the API stops returning data).",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "The maximum number of calls to return in the response. Default 1000; no maximum is documented.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1000
            }
          },
          {
            "name": "ascending",
            "in": "query",
            "description": "Whether to sort the calls in ascending order of their creation time. Default `false`.",
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "sort_by",
            "in": "query",
            "description": "Field to sort the results by. Default `created_at`.",
            "schema": {
              "type": "string",
              "enum": [
                "created_at",
                "updated_at"
              ],
              "default": "created_at"
            }
          },
          {
            "name": "start_date",
            "in": "query",
            "description": "Calls including and after this date: a date (`YYYY-MM-DD`, UTC unless `timezone` is given) or a\nfull ISO 8601 date-time with offset (`2026-02-19T00:00:00-05:00`).\n",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "end_date",
            "in": "query",
            "description": "Calls including and before this date: a date (`YYYY-MM-DD`, UTC unless `timezone` is given) or a\nfull ISO 8601 date-time with offset (`2026-02-19T23:59:59-05:00`).\n",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "created_at",
            "in": "query",
            "description": "Calls of one date (`YYYY-MM-DD`, UTC unless `timezone` is given). Can't be used with `start_date` or `end_date`.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "timezone",
            "in": "query",
            "description": "IANA time zone name (`America/Toronto`, `UTC`) in which date-only values of `start_date`, `end_date` and `created_at` are read.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "update_start_date",
            "in": "query",
            "description": "Calls updated including and after this date (`YYYY-MM-DD`).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "update_end_date",
            "in": "query",
            "description": "Calls updated including and before this date (`YYYY-MM-DD`).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "completed",
            "in": "query",
            "description": "Filter calls by completed status.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "batch_id",
            "in": "query",
            "description": "Calls of one batch.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "answered_by",
            "in": "query",
            "description": "Filter by `answered_by` (e.g. `human`).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "inbound",
            "in": "query",
            "description": "Filter inbound (`true`) or outbound (`false`) calls.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "duration_gt",
            "in": "query",
            "description": "Call length greater than this many **minutes** (`0.5` = half a minute).",
            "schema": {
              "type": "number"
            }
          },
          {
            "name": "duration_lt",
            "in": "query",
            "description": "Call length less than this many **minutes** (`0.5` = half a minute).",
            "schema": {
              "type": "number"
            }
          },
          {
            "name": "campaign_id",
            "in": "query",
            "description": "Calls of one campaign.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One range of calls.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "Two calls built from the Call Details and post-call webhook examples, without transcripts (served by default).",
                    "value": {
                      "total_count": 2,
                      "count": 2,
                      "calls": [
                        {
                          "call_id": "12345678-1234-1234-1234-123456789012",
                          "call_length": 0.75,
                          "batch_id": null,
                          "to": "+12223334444",
                          "from": "+17163511654",
                          "request_data": {
                            "phone_number": "+12223334444",
                            "wait": true,
                            "language": "ENG"
                          },
                          "completed": true,
                          "created_at": "2024-04-27T23:51:18.025251+00:00",
                          "inbound": false,
                          "queue_status": "completed",
                          "endpoint_url": "api.prod.bland.ai",
                          "max_duration": 30,
                          "error_message": null,
                          "variables": {
                            "now": "Sat Apr 27 2024 18:51:25 GMT-0500 (Central Daylight Time)",
                            "now_utc": "Sat, 27 Apr 2024 23:51:25 GMT",
                            "short_from": "7163511654",
                            "short_to": "2223334444",
                            "from": "+17163511654",
                            "to": "+12223334444",
                            "call_id": "12345678-1234-1234-1234-123456789012",
                            "phone_number": "+12223334444",
                            "city": "SAN FRANCISCO",
                            "country": "US",
                            "state": "CA",
                            "zip": "12345",
                            "input": {
                              "date": "2024-04-28",
                              "rooms": 3
                            }
                          },
                          "answered_by": "human",
                          "record": false,
                          "recording_url": null,
                          "c_id": "12345678-1234-1234-1234-123456789012",
                          "metadata": {},
                          "summary": "The call was a conversation between a hotel booking service assistant and a customer. The customer expressed interest in booking a hotel room for tomorrow and needing three rooms. The assistant booked book the reservation for three rooms for the next day. Then, the call ended with the assistant thanking the customer for choosing their service.",
                          "price": 0.068,
                          "started_at": "2024-04-27T23:51:25+00:00",
                          "local_dialing": false,
                          "call_ended_by": "ASSISTANT",
                          "pathway_id": "b1693602-c05e-4b5c-b187-d0189a42aebf",
                          "pathway_logs": null,
                          "pathway_version": 1,
                          "analysis": null,
                          "concatenated_transcript": "user: Hello? \n assistant: Hi there! I'm calling from the hotel booking service. I'd love to help you with your reservation. Could you let me know what day you'd like to book your hotel for and how many rooms you'll need? \n user: Hopefully, tomorrow, I'm thinking. ...",
                          "status": "completed",
                          "corrected_duration": "45",
                          "end_at": "2024-04-27T23:52:10.000Z",
                          "voice_id": "745fbef5-f445-44fa-91ba-93f89803e1ce",
                          "warm_transfer_call": {
                            "proxy_agent_calls": [
                              {
                                "state": "MERGED",
                                "call_id": "12345678-1234-1234-1234-123456789013",
                                "phone_number": "+14158589038"
                              }
                            ],
                            "state": "MERGED"
                          },
                          "is_proxy_agent_call": false,
                          "is_canary": false
                        },
                        {
                          "call_id": "12345678-1234-1234-1234-123456789012",
                          "c_id": "12345678-1234-1234-1234-123456789012",
                          "call_length": 0.183333333333333,
                          "batch_id": "7c42b56e-3a1d-4f8f-9a37-1ce89d29f204",
                          "to": "+15551234567",
                          "from": "+15559876543",
                          "completed": true,
                          "created_at": "2025-09-12T20:39:03.168+00:00",
                          "inbound": false,
                          "queue_status": "complete",
                          "max_duration": 12,
                          "error_message": "Account not allowed to call +12345678901",
                          "variables": {
                            "now": "Friday, September 12, 2025 1:39 PM",
                            "now_utc": "Friday, September 12, 2025 8:39 PM",
                            "short_from": "5559876543",
                            "short_to": "5551234567",
                            "from": "+15559876543",
                            "to": "+15551234567",
                            "call_id": "12345678-1234-1234-1234-123456789012",
                            "phone_number": "+15551234567",
                            "country": "US",
                            "state": "CA",
                            "language": "English",
                            "timestamp": "2025-09-12T13:39:11-07:00",
                            "timezone": "America/Los_Angeles"
                          },
                          "answered_by": "human",
                          "record": true,
                          "recording_url": "https://api.twilio.com/2010-04-01/Accounts/ACexample123/Recordings/REexample456",
                          "metadata": {
                            "campaign_type": "test_calls",
                            "environment": "production",
                            "call_purpose": "system_test"
                          },
                          "summary": "The call was a brief test call from Bland, during which the assistant confirmed the connection and exchanged polite pleasantries with the user before ending the call.",
                          "price": 0.017,
                          "started_at": "2025-09-12T20:39:03.168Z",
                          "local_dialing": false,
                          "call_ended_by": "ASSISTANT",
                          "pathway_logs": [
                            {
                              "tag": {
                                "name": "Intro Node",
                                "color": "#862727"
                              },
                              "role": "user",
                              "text": "<Call Connected>",
                              "decision": "{\"Global Prompt\":\"\",\"Current Node Prompt/Text\":\"This is a test call from Bland.\"}",
                              "created_at": "2025-09-12T20:39:03.168Z",
                              "pathway_info": "{\"Request Data\":{\"phone_number\":\"+15551234567\",\"task\":\"This is a test call from Bland.\"}}",
                              "chosen_node_id": "1"
                            },
                            {
                              "tag": null,
                              "role": "assistant",
                              "text": "This is a test call from Bland.",
                              "decision": null,
                              "created_at": "2025-09-12T20:39:13.566Z",
                              "pathway_info": null,
                              "chosen_node_id": "a7b3c9d2-8e4f-4a5b-9c7d-2e8f6a9b4c7d"
                            }
                          ],
                          "transferred_to": "+12345678909",
                          "pre_transfer_duration": 0.3955,
                          "post_transfer_duration": 0.571166666666667,
                          "pathway_tags": [
                            "Intro Node",
                            "Call Completion"
                          ],
                          "recording_expiration": "2030-10-15T17:20:55.779Z",
                          "status": "completed",
                          "pathway_id": "b71c4c5c-33e3-496b-a5f4-91b7e8e6a931",
                          "is_proxy_agent_call": false,
                          "is_canary": false,
                          "citation_schema_ids": [],
                          "warm_transfer_call": {
                            "proxy_agent_calls": [
                              {
                                "state": "MERGED",
                                "call_id": "a35d88f2-cafe-4a32-8640-90cc2118bed7",
                                "phone_number": "+17079311009"
                              }
                            ],
                            "state": "MERGED"
                          },
                          "concatenated_transcript": "user: Hello?  \n assistant: This is a test call from Bland. \n user: Cool. Thank you very much. \n assistant: You're welcome, have a great day, goodbye. \n agent-action: Ended call \n ",
                          "corrected_duration": "11",
                          "end_at": "2025-09-12T20:39:21.000Z",
                          "disposition_tag": "COMPLETED_ACTION"
                        }
                      ]
                    }
                  },
                  "seed": {
                    "summary": "The List Calls example of the Bland reference, verbatim (its `//` comments and trailing comma removed, as they are not JSON). It has no `total_count`.",
                    "value": {
                      "count": 784,
                      "calls": [
                        {
                          "call_id": "c1234567-89ab-cdef-0123-456789abcdef",
                          "created_at": "2023-12-21T23:25:14.801193+00:00",
                          "call_length": 0.834,
                          "to": "5551234567",
                          "from": "+15551234567",
                          "completed": true,
                          "queue_status": "complete",
                          "error_message": null,
                          "answered_by": "human",
                          "batch_id": "b1234567-89ab-cdef-0123-gen-batch"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    }
  },
  "webhooks": {
    "postCall": {
      "post": {
        "operationId": "postCallWebhook",
        "summary": "Post-call webhook",
        "description": "Sent to the call's `webhook` URL (or the inbound number's webhook) when the call ends: the call\ndetails with transcripts. With citations and \"Delay post call webhook\" enabled, one delayed payload\n(30–60 s later) adds `citations` and `corrected_transcript`; calls subscribed to\n`post_transfer_transcript` add `transfer_offset_seconds`, `post_transfer_transcript`, `event_type`\nand `contents`. Delivery counts as successful on any 2xx; failures are retried \"based on the response\ncode\" (schedule not documented). Sources: https://docs.bland.ai/tutorials/post-call-webhooks,\nhttps://docs.bland.ai/tutorials/webhook-signing\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PostCallWebhook"
              },
              "examples": {
                "standard": {
                  "summary": "The \"Standard Post-Call Webhook\" example of the Bland docs, verbatim.",
                  "value": {
                    "call_id": "12345678-1234-1234-1234-123456789012",
                    "c_id": "12345678-1234-1234-1234-123456789012",
                    "call_length": 0.183333333333333,
                    "batch_id": "7c42b56e-3a1d-4f8f-9a37-1ce89d29f204",
                    "to": "+15551234567",
                    "from": "+15559876543",
                    "completed": true,
                    "created_at": "2025-09-12T20:39:03.168+00:00",
                    "inbound": false,
                    "queue_status": "complete",
                    "max_duration": 12,
                    "error_message": "Account not allowed to call +12345678901",
                    "variables": {
                      "now": "Friday, September 12, 2025 1:39 PM",
                      "now_utc": "Friday, September 12, 2025 8:39 PM",
                      "short_from": "5559876543",
                      "short_to": "5551234567",
                      "from": "+15559876543",
                      "to": "+15551234567",
                      "call_id": "12345678-1234-1234-1234-123456789012",
                      "phone_number": "+15551234567",
                      "country": "US",
                      "state": "CA",
                      "language": "English",
                      "timestamp": "2025-09-12T13:39:11-07:00",
                      "timezone": "America/Los_Angeles"
                    },
                    "answered_by": "human",
                    "record": true,
                    "recording_url": "https://api.twilio.com/2010-04-01/Accounts/ACexample123/Recordings/REexample456",
                    "metadata": {
                      "campaign_type": "test_calls",
                      "environment": "production",
                      "call_purpose": "system_test"
                    },
                    "summary": "The call was a brief test call from Bland, during which the assistant confirmed the connection and exchanged polite pleasantries with the user before ending the call.",
                    "price": 0.017,
                    "started_at": "2025-09-12T20:39:03.168Z",
                    "local_dialing": false,
                    "call_ended_by": "ASSISTANT",
                    "pathway_logs": [
                      {
                        "tag": {
                          "name": "Intro Node",
                          "color": "#862727"
                        },
                        "role": "user",
                        "text": "<Call Connected>",
                        "decision": "{\"Global Prompt\":\"\",\"Current Node Prompt/Text\":\"This is a test call from Bland.\"}",
                        "created_at": "2025-09-12T20:39:03.168Z",
                        "pathway_info": "{\"Request Data\":{\"phone_number\":\"+15551234567\",\"task\":\"This is a test call from Bland.\"}}",
                        "chosen_node_id": "1"
                      },
                      {
                        "tag": null,
                        "role": "assistant",
                        "text": "This is a test call from Bland.",
                        "decision": null,
                        "created_at": "2025-09-12T20:39:13.566Z",
                        "pathway_info": null,
                        "chosen_node_id": "a7b3c9d2-8e4f-4a5b-9c7d-2e8f6a9b4c7d"
                      }
                    ],
                    "transferred_to": "+12345678909",
                    "pre_transfer_duration": 0.3955,
                    "post_transfer_duration": 0.571166666666667,
                    "pathway_tags": [
                      "Intro Node",
                      "Call Completion"
                    ],
                    "recording_expiration": "2030-10-15T17:20:55.779Z",
                    "status": "completed",
                    "pathway_id": "b71c4c5c-33e3-496b-a5f4-91b7e8e6a931",
                    "is_proxy_agent_call": false,
                    "is_canary": false,
                    "citation_schema_ids": [],
                    "warm_transfer_call": {
                      "proxy_agent_calls": [
                        {
                          "state": "MERGED",
                          "call_id": "a35d88f2-cafe-4a32-8640-90cc2118bed7",
                          "phone_number": "+17079311009"
                        }
                      ],
                      "state": "MERGED"
                    },
                    "concatenated_transcript": "user: Hello?  \n assistant: This is a test call from Bland. \n user: Cool. Thank you very much. \n assistant: You're welcome, have a great day, goodbye. \n agent-action: Ended call \n ",
                    "transcripts": [
                      {
                        "id": 123456789,
                        "user": "user",
                        "text": "Hello? ",
                        "created_at": "2025-09-12T20:39:13.173+00:00"
                      },
                      {
                        "id": 123456790,
                        "user": "assistant",
                        "text": "This is a test call from Bland.",
                        "created_at": "2025-09-12T20:39:13.566+00:00"
                      },
                      {
                        "id": 123456791,
                        "user": "user",
                        "text": "Cool. Thank you very much.",
                        "created_at": "2025-09-12T20:39:17.748+00:00"
                      },
                      {
                        "id": 123456792,
                        "user": "assistant",
                        "text": "You're welcome, have a great day, goodbye.",
                        "created_at": "2025-09-12T20:39:19.186+00:00"
                      },
                      {
                        "id": 123456793,
                        "user": "agent-action",
                        "text": "Ended call",
                        "created_at": "2025-09-12T20:39:20.53+00:00"
                      }
                    ],
                    "corrected_duration": "11",
                    "end_at": "2025-09-12T20:39:21.000Z",
                    "disposition_tag": "COMPLETED_ACTION"
                  }
                },
                "delayedWithCitations": {
                  "summary": "The \"Delayed Webhook with Citations and Corrected Transcript\" example of the Bland docs, verbatim.",
                  "value": {
                    "to": "+447931841239",
                    "c_id": "8a9620f6-d634-4b92-8d75-93280a894a71",
                    "from": "+14159438185",
                    "price": 0.029,
                    "end_at": "2025-09-19T18:22:31.000Z",
                    "record": true,
                    "status": "completed",
                    "call_id": "8a9620f6-d634-4b92-8d75-93280a894a71",
                    "inbound": false,
                    "summary": "The call was a brief confirmation from Jean at Nutriva Health to a client named James, verifying his attendance at an upcoming appointment scheduled for the next day at 10:00 AM. James confirmed his ability to attend, and the call was promptly ended.",
                    "batch_id": "7c42b56e-3a1d-4f8f-9a37-1ce89d29f204",
                    "metadata": {
                      "unitID": 58392739240,
                      "agentName": "alex"
                    },
                    "completed": true,
                    "variables": {
                      "to": "+447931841239",
                      "now": "Friday, September 19, 2025 11:22 AM",
                      "from": "+14159438185",
                      "call_id": "8a9620f6-d634-4b92-8d75-93280a894a71",
                      "country": "GB",
                      "now_utc": "Friday, September 19, 2025 6:22 PM",
                      "language": "English",
                      "short_to": "7931841239",
                      "timezone": "America/Los_Angeles",
                      "timestamp": "2025-09-19T11:22:13-07:00",
                      "short_from": "4159438185",
                      "phone_number": "+447931841239"
                    },
                    "created_at": "2025-09-19T18:22:06.984+00:00",
                    "pathway_id": "b71c4c5c-33e3-496b-a5f4-91b7e8e6a931",
                    "started_at": "2025-09-19T18:22:06.984Z",
                    "answered_by": "human",
                    "call_length": 0.316666666666667,
                    "transcripts": [
                      {
                        "id": 174,
                        "text": "Hey, this is Jean from Nutriva Health. Could you confirm your name for me?",
                        "user": "assistant",
                        "created_at": "2025-09-19T18:22:15.893+00:00"
                      },
                      {
                        "id": 175,
                        "text": "Yeah. My name is James.",
                        "user": "user",
                        "created_at": "2025-09-19T18:22:20.579+00:00"
                      },
                      {
                        "id": 176,
                        "text": "Hey James, great to meet you! I just wanted to confirm that you’ll be able to attend your upcoming appointment tomorrow at ten A M?",
                        "user": "assistant",
                        "created_at": "2025-09-19T18:22:22.375+00:00"
                      },
                      {
                        "id": 177,
                        "text": "Yeah. I will be able to. Goodbye.",
                        "user": "user",
                        "created_at": "2025-09-19T18:22:31.061+00:00"
                      }
                    ],
                    "max_duration": 12,
                    "pathway_logs": [
                      {
                        "tag": {
                          "name": "Appointment Confirmation",
                          "color": "#4287f5"
                        },
                        "role": null,
                        "text": null,
                        "decision": null,
                        "created_at": "2025-09-19T18:22:06.984Z",
                        "pathway_info": "{\"Request Data\":{\"phone_number\":\"+447931841239\",\"task\":\"Confirm appointment attendance for James\"}}",
                        "chosen_node_id": "1"
                      },
                      {
                        "tag": null,
                        "role": "assistant",
                        "text": "Hey, this is Jean from Nutriva Health. Could you confirm your name for me?",
                        "decision": "{\"Global Prompt\":\"\",\"Current Node Prompt/Text\":\"Hey, this is Jean from Nutriva Health.\",\"Current Node Name\":\"Identity Verification\"}",
                        "created_at": "2025-09-19T18:22:15.893Z",
                        "pathway_info": null,
                        "chosen_node_id": "f2d8e9a3-6c4b-4e7f-8a1d-3c5e7b9f2a8c"
                      }
                    ],
                    "pathway_tags": [
                      "Appointment Confirmation",
                      "Appointment Details",
                      "Call Completion"
                    ],
                    "queue_status": "complete",
                    "call_ended_by": "USER",
                    "error_message": "Account not allowed to call +12345678901",
                    "local_dialing": false,
                    "recording_url": "https://akalocaldev.internal.bland.ai/v1/recordings/8a9620f6-d634-4b92-8d75-93280a894a71:24847607-ce61-4488-be8f-8e63d548b13e",
                    "transferred_at": "2025-10-16T17:10:28.301Z",
                    "transferred_to": "+12345678901",
                    "disposition_tag": "COMPLETED_ACTION",
                    "corrected_duration": "19",
                    "citation_schema_ids": [
                      "b0477cba-1c97-4105-8ac9-46cb8eae5cf1"
                    ],
                    "is_proxy_agent_call": false,
                    "is_canary": false,
                    "warm_transfer_call": {
                      "proxy_agent_calls": [
                        {
                          "state": "MERGED",
                          "call_id": "1f8a3c2d-75e9-4b32-bb19-73a672e9e22a",
                          "phone_number": "+12345678901"
                        }
                      ],
                      "state": "MERGED"
                    },
                    "recording_expiration": "2025-10-19T18:22:36.641+00:00",
                    "pre_transfer_duration": 0.3955,
                    "post_transfer_duration": 0.571166666666667,
                    "concatenated_transcript": "assistant: Hey, this is Jean from Nutriva Health. Could you confirm your name for me? \n user: Yeah. My name is James. \n assistant: Hey James, great to meet you! I just wanted to confirm that you’ll be able to attend your upcoming appointment tomorrow at ten A M? \n user: Yeah. I will be able to. Goodbye. \n ",
                    "citations": [
                      {
                        "call_id": "8a9620f6-d634-4b92-8d75-93280a894a71",
                        "variable_name": "firstName",
                        "variable_type": "string",
                        "value": "James",
                        "cited_utterances": [
                          {
                            "id": "8a9620f6-d634-4b92-8d75-93280a894a71_1",
                            "idx": 1,
                            "start_time": 5.056,
                            "end_time": 6.176,
                            "confidence": 0.115,
                            "channel": 1,
                            "transcript": "- Yeah, my name is James.",
                            "speaker_id": "SPEAKER_1_0",
                            "speaker_name": "James (Customer)",
                            "speaker_description": "The customer being called to confirm his appointment.",
                            "topics": [
                              "identity_confirmation"
                            ],
                            "topics_meta": "{\"identity_confirmation\":\"The customer confirms his name is James.\"}",
                            "utterance_type": "answer"
                          },
                          {
                            "id": "8a9620f6-d634-4b92-8d75-93280a894a71_2",
                            "idx": 2,
                            "start_time": 8.704,
                            "end_time": 14.848,
                            "confidence": 0.7174999999999999,
                            "channel": 0,
                            "transcript": "Hey, James. Great to meet you. I just wanted to confirm that you'll be able to attend your upcoming appointment tomorrow at 10 a.m.",
                            "speaker_id": "SPEAKER_0_0",
                            "speaker_name": "Jean (Agent)",
                            "speaker_description": "An agent from Nutriva Health calling to confirm an appointment.",
                            "topics": [
                              "greeting",
                              "appointment_confirmation"
                            ],
                            "topics_meta": "{\"appointment_confirmation\":\"The agent asks the customer to confirm his attendance for an appointment at a specific date and time.\",\"greeting\":\"The agent greets the customer by name.\"}",
                            "utterance_type": "question"
                          }
                        ],
                        "schema_id": "b0477cba-1c97-4105-8ac9-46cb8eae5cf1"
                      }
                    ],
                    "corrected_transcript": [
                      {
                        "start": 0.384,
                        "end": 4.096,
                        "speaker": 2,
                        "speaker_label": "assistant",
                        "text": "Hey, this is Jean from Nutriva Health. Could you confirm your name for me?",
                        "confidence": 0.713
                      },
                      {
                        "start": 5.056,
                        "end": 6.176,
                        "speaker": 1,
                        "speaker_label": "user",
                        "text": "Yeah, my name is James.",
                        "confidence": 0.115
                      },
                      {
                        "start": 8.704,
                        "end": 14.848,
                        "speaker": 2,
                        "speaker_label": "assistant",
                        "text": "Hey James, great to meet you! I just wanted to confirm that you'll be able to attend your upcoming appointment tomorrow at ten A M?",
                        "confidence": 0.717
                      },
                      {
                        "start": 16.224,
                        "end": 18.464,
                        "speaker": 1,
                        "speaker_label": "user",
                        "text": "Yeah. I will be able to. Goodbye.",
                        "confidence": 0.432
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx acknowledges the delivery."
          },
          "400": {
            "description": "A 4xx or 5xx answer counts as a failed delivery and may be retried."
          }
        }
      }
    },
    "callEvent": {
      "post": {
        "operationId": "callEventWebhook",
        "summary": "Live call event",
        "description": "Live events streamed to the call's `webhook` during the call for each category listed in the Send\nCall `webhook_events` parameter (`queue`, `call`, `latency`, `webhook`, `tool`, `dynamic_data`, …).\nNot a call record. Source: https://docs.bland.ai/api-v1/post/calls (`webhook_events`).\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CallEvent"
              },
              "examples": {
                "queue": {
                  "summary": "The `queue` example of the Send Call reference.",
                  "value": {
                    "message": "Call enqueued",
                    "call_id": "12345678-1234-1234-1234-123456789abc",
                    "category": "queue",
                    "log_level": "info"
                  }
                },
                "latency": {
                  "summary": "The first `latency` example of the Send Call reference.",
                  "value": {
                    "message": "TTS: 218ms",
                    "call_id": "12345678-1234-1234-1234-123456789abc",
                    "category": "latency",
                    "log_level": "performance"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx acknowledges the delivery."
          },
          "400": {
            "description": "A 4xx or 5xx answer counts as a failed delivery."
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "ApiKeyAuth": {
        "type": "apiKey",
        "in": "header",
        "name": "authorization",
        "description": "Your Bland API key, sent as the whole value of the `authorization` header — **without** a `Bearer`\nprefix. Source: https://docs.bland.ai/api-v1/get/calls-id (Headers).\n"
      }
    },
    "parameters": {
      "EncryptedKey": {
        "name": "encrypted_key",
        "in": "header",
        "required": false,
        "description": "Use your own Twilio account (BYOT): only calls of that account are returned. Optional. Source:\nhttps://docs.bland.ai/api-v1/get/calls-id (Headers).\n",
        "schema": {
          "type": "string"
        }
      },
      "WebhookSignature": {
        "name": "X-Webhook-Signature",
        "in": "header",
        "required": false,
        "description": "Hex HMAC-SHA256 of the request body, keyed with the webhook signing secret created in the Dev\nPortal (Account Settings → Keys). Sent once a secret exists; no timestamp is signed. The docs'\nsample signs `JSON.stringify(req.body)`; whether Bland signs the exact bytes it sends is not\ndocumented. Source: https://docs.bland.ai/tutorials/webhook-signing\n",
        "schema": {
          "type": "string",
          "pattern": "^[0-9a-fA-F]{64}$"
        }
      }
    },
    "schemas": {
      "QueueStatus": {
        "type": "string",
        "description": "Dispatch stage of the call: `new` (request received), `queued` (validated), `allocated` (being\ndispatched), `started` (live), `complete` (ended successfully); or where an error stopped it:\n`pre_queue_error`, `queue_error`, `call_error`, `complete_error` (details in `error_message`).\n`completed` is not in the documented list but is what the Call Details example shows.\nSource: https://docs.bland.ai/api-v1/get/calls-id (`queue_status`).\n",
        "enum": [
          "new",
          "queued",
          "allocated",
          "started",
          "complete",
          "completed",
          "pre_queue_error",
          "queue_error",
          "call_error",
          "complete_error"
        ]
      },
      "Status": {
        "type": "string",
        "description": "The most up-to-date status of the call (only present for calls that were successfully created):\n`completed` (human or voicemail answered; see `answered_by`), `failed` (see `error_message`),\n`busy`, `no-answer`, `canceled`, `unknown`. Source: https://docs.bland.ai/api-v1/get/calls-id (`status`).\n",
        "enum": [
          "completed",
          "failed",
          "busy",
          "no-answer",
          "canceled",
          "unknown"
        ]
      },
      "AnsweredBy": {
        "type": [
          "string",
          "null"
        ],
        "description": "Who answered, from the first five seconds of audio: `human`, `voicemail`, `unknown` (too little\naudio; most likely a human), `no-answer`, or `null` (not enabled, or still processing).\nSource: https://docs.bland.ai/api-v1/get/calls-id (`answered_by`).\n",
        "enum": [
          "human",
          "voicemail",
          "unknown",
          "no-answer",
          null
        ]
      },
      "CallEndedBy": {
        "type": [
          "string",
          "null"
        ],
        "description": "Who ended the call: `ASSISTANT` (the agent) or `USER`. Source: https://docs.bland.ai/api-v1/get/calls-id.",
        "enum": [
          "ASSISTANT",
          "USER",
          null
        ]
      },
      "TranscriptEntry": {
        "type": "object",
        "description": "One phrase spoken during the call. `created_at` is an **absolute** ISO 8601 time, not an offset.\nSource: https://docs.bland.ai/api-v1/get/calls-id (`transcripts`).\n",
        "additionalProperties": true,
        "properties": {
          "id": {
            "type": "integer",
            "description": "Id of the phrase."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the phrase was recorded (ISO 8601 with offset, absolute)."
          },
          "text": {
            "type": "string",
            "description": "What was said (or the action, for `agent-action`)."
          },
          "user": {
            "type": "string",
            "description": "Speaker: `user`, `assistant`, `robot` or `agent-action` (e.g. `Ended call`).",
            "enum": [
              "user",
              "assistant",
              "robot",
              "agent-action"
            ]
          },
          "c_id": {
            "type": "string",
            "description": "Id of the call the phrase belongs to."
          },
          "status": {
            "type": [
              "string",
              "null"
            ],
            "description": "Undocumented; `null` in the examples."
          },
          "transcript_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "Undocumented id; `null` or a UUID in the examples."
          }
        }
      },
      "TimedSegment": {
        "type": "object",
        "description": "One speaker-attributed segment with timings in **seconds** from the start of the conversation (of the\ntransferred conversation, for `post_transfer_transcript`). Source:\nhttps://docs.bland.ai/tutorials/post-call-webhooks\n",
        "additionalProperties": true,
        "properties": {
          "start": {
            "type": "number",
            "description": "Start, seconds."
          },
          "end": {
            "type": "number",
            "description": "End, seconds."
          },
          "speaker": {
            "type": "integer",
            "description": "Speaker number (`1` the user, `2` the agent or the representative, in the examples)."
          },
          "speaker_label": {
            "type": "string",
            "description": "Speaker label (`assistant`, `user`, `representative`)."
          },
          "text": {
            "type": "string"
          },
          "confidence": {
            "type": "number",
            "description": "Recognition confidence, 0–1."
          }
        }
      },
      "WarmTransferState": {
        "type": "string",
        "description": "State of a warm transfer or of one proxy agent call.",
        "enum": [
          "STARTED",
          "TIMED_OUT",
          "CANCELLED",
          "MERGED",
          "NO_ANSWER"
        ]
      },
      "WarmTransferCall": {
        "type": "object",
        "description": "Warm transfer details. Source: https://docs.bland.ai/api-v1/get/calls-id (`warm_transfer_call`).",
        "additionalProperties": true,
        "properties": {
          "proxy_agent_calls": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "state": {
                  "$ref": "#/components/schemas/WarmTransferState"
                },
                "call_id": {
                  "type": "string",
                  "description": "Id of the proxy agent call."
                },
                "phone_number": {
                  "type": "string",
                  "description": "Number used for the proxy agent call (E.164)."
                }
              }
            }
          },
          "state": {
            "$ref": "#/components/schemas/WarmTransferState"
          }
        }
      },
      "Citation": {
        "type": "object",
        "description": "One variable extracted by a citation schema (enterprise feature), with the utterances it cites\n(`start_time`/`end_time` in seconds). Source: https://docs.bland.ai/tutorials/post-call-webhooks\n",
        "additionalProperties": true,
        "properties": {
          "call_id": {
            "type": "string"
          },
          "variable_name": {
            "type": "string"
          },
          "variable_type": {
            "type": "string"
          },
          "value": {
            "description": "The extracted value (any JSON type)."
          },
          "schema_id": {
            "type": "string"
          },
          "cited_utterances": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "Call": {
        "type": "object",
        "description": "A Bland call record (Call Details; list rows are the same object without `transcripts`).\nSource: https://docs.bland.ai/api-v1/get/calls-id\n",
        "additionalProperties": true,
        "required": [
          "call_id"
        ],
        "properties": {
          "call_id": {
            "type": "string",
            "description": "The unique identifier of the call. The reference labels it `number`; every example is a UUID string."
          },
          "c_id": {
            "type": "string",
            "description": "Undocumented; equal to `call_id` in the examples."
          },
          "call_length": {
            "type": [
              "number",
              "null"
            ],
            "description": "The length of the call in **minutes** (e.g. `0.75` = 45 s)."
          },
          "corrected_duration": {
            "type": [
              "string",
              "null"
            ],
            "description": "The corrected duration of the call in **seconds**, as a decimal string (`\"45\"`): \"the actual\nlength of the call, not the `max_duration`\".\n"
          },
          "max_duration": {
            "type": [
              "number",
              "null"
            ],
            "description": "Longest the call was allowed to last, **minutes** (Send Call default 30)."
          },
          "batch_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The batch the call belongs to, if any."
          },
          "to": {
            "type": "string",
            "description": "The phone number that received the call (E.164 in most examples; the List Calls example shows `5551234567`)."
          },
          "from": {
            "type": "string",
            "description": "The phone number that made the call (E.164)."
          },
          "request_data": {
            "type": [
              "object",
              "null"
            ],
            "description": "Parameters of the original API request. Free-form.",
            "additionalProperties": true
          },
          "completed": {
            "type": "boolean",
            "description": "Whether the call has been completed; more up to date than `queue_status` when they differ."
          },
          "inbound": {
            "type": "boolean",
            "description": "`true` for inbound calls, `false` for outbound calls."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the call request was created (ISO 8601 with offset)."
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call was connected (ISO 8601)."
          },
          "end_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "Documented as the time the call **will automatically be ended** if still connected (because of\n`max_duration`) — NOT the time it ended. Do not read it as the end time.\n"
          },
          "queue_status": {
            "$ref": "#/components/schemas/QueueStatus"
          },
          "status": {
            "$ref": "#/components/schemas/Status"
          },
          "endpoint_url": {
            "type": "string",
            "description": "Deployment that handled the call (`api.prod.bland.ai` unless an Enterprise deployment)."
          },
          "error_message": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description of an error, else `null` (e.g. `Call failed. The number you dialed is busy. Please try again later.`)."
          },
          "variables": {
            "type": [
              "object",
              "null"
            ],
            "description": "Variables created during the call (system variables, `dynamic_data`, custom tools). Free-form.",
            "additionalProperties": true
          },
          "answered_by": {
            "$ref": "#/components/schemas/AnsweredBy"
          },
          "record": {
            "type": "boolean",
            "description": "Whether the call audio was recorded."
          },
          "recording_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL of the recording; only when `record` was `true`."
          },
          "recording_expiration": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When `recording_url` stops working (ISO 8601). Shown in the webhook examples only."
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "description": "The `metadata` set in the request that sent the call. Free-form.",
            "additionalProperties": true
          },
          "summary": {
            "type": [
              "string",
              "null"
            ],
            "description": "Short summary of the call, generated from the transcript when the call ends."
          },
          "price": {
            "type": [
              "number",
              "null"
            ],
            "description": "The cost of the call in **USD**."
          },
          "local_dialing": {
            "type": "boolean",
            "description": "Whether Local Dialing was enabled for the account at the time of the call."
          },
          "call_ended_by": {
            "$ref": "#/components/schemas/CallEndedBy"
          },
          "pathway_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The conversational pathway the call used, if any."
          },
          "pathway_version": {
            "type": [
              "number",
              "null"
            ],
            "description": "Version of the pathway used; `null` when no pathway was used."
          },
          "pathway_logs": {
            "description": "Detailed pathway logs. Documented as a string; `null` in the Call Details example and an array of\nobjects in the webhook examples, so any JSON value is accepted.\n"
          },
          "pathway_tags": {
            "type": [
              "array",
              "null"
            ],
            "description": "Tags of the pathway nodes visited.",
            "items": {
              "type": "string"
            }
          },
          "disposition_tag": {
            "type": [
              "string",
              "null"
            ],
            "description": "Disposition of the call (e.g. `COMPLETED_ACTION`). Shown in the webhook examples only."
          },
          "analysis": {
            "type": [
              "object",
              "null"
            ],
            "description": "Structured data extracted during post-call analysis. Free-form.",
            "additionalProperties": true
          },
          "concatenated_transcript": {
            "type": [
              "string",
              "null"
            ],
            "description": "All the text of the call in one string, turns as `speaker: text` joined by newlines."
          },
          "transcripts": {
            "type": "array",
            "description": "The phrases spoken during the call, in order. Absent from List Calls rows.",
            "items": {
              "$ref": "#/components/schemas/TranscriptEntry"
            }
          },
          "transferred_to": {
            "type": [
              "string",
              "null"
            ],
            "description": "Number the call was transferred to."
          },
          "transferred_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the call was transferred (ISO 8601)."
          },
          "pre_transfer_duration": {
            "type": [
              "number",
              "null"
            ],
            "description": "Length before the transfer; **minutes** by analogy with `call_length` (unit not documented)."
          },
          "post_transfer_duration": {
            "type": [
              "number",
              "null"
            ],
            "description": "Length after the transfer; **minutes** by analogy with `call_length` (unit not documented)."
          },
          "citations": {
            "type": [
              "array",
              "null"
            ],
            "description": "Citations extracted if a citation schema was attached (enterprise).",
            "items": {
              "$ref": "#/components/schemas/Citation"
            }
          },
          "citation_schema_ids": {
            "type": "array",
            "description": "Citation schemas attached to the call.",
            "items": {
              "type": "string"
            }
          },
          "warm_transfer_call": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/WarmTransferCall"
              },
              {
                "type": "null"
              }
            ]
          },
          "is_proxy_agent_call": {
            "type": "boolean",
            "description": "Whether this call is a proxy agent call of a warm transfer."
          },
          "is_canary": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether the call ran on a canary deployment; `null` when unknown."
          },
          "voice_id": {
            "type": "string",
            "description": "The voice the agent used."
          }
        }
      },
      "PostCallWebhook": {
        "description": "The post-call webhook body: the call details (with `transcripts`) plus, on delayed or subscribed\ndeliveries, the enrichments below. Source: https://docs.bland.ai/tutorials/post-call-webhooks\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/Call"
          },
          {
            "type": "object",
            "additionalProperties": true,
            "properties": {
              "corrected_transcript": {
                "type": "array",
                "description": "Re-transcribed conversation with speaker labels and timings in **seconds** from the call start (delayed webhook).",
                "items": {
                  "$ref": "#/components/schemas/TimedSegment"
                }
              },
              "transfer_offset_seconds": {
                "type": "number",
                "description": "Seconds from the start of the call to the transfer."
              },
              "post_transfer_transcript": {
                "type": "array",
                "description": "The conversation after a transfer; timings in seconds from the start of the transferred conversation.",
                "items": {
                  "$ref": "#/components/schemas/TimedSegment"
                }
              },
              "event_type": {
                "type": "string",
                "description": "The one enrichment the payload carries (`citations`, `post_transfer_transcript`, …), or `multiple` (see `contents`)."
              },
              "contents": {
                "type": "array",
                "description": "The enrichments present, when `event_type` is `multiple`.",
                "items": {
                  "type": "string",
                  "enum": [
                    "citations",
                    "corrected_transcript",
                    "dispositions",
                    "post_transfer_transcript",
                    "live_translation_transcript"
                  ]
                }
              }
            }
          }
        ]
      },
      "CallEvent": {
        "type": "object",
        "description": "A live call event. Source: https://docs.bland.ai/api-v1/post/calls (`webhook_events`).",
        "additionalProperties": true,
        "required": [
          "message",
          "call_id"
        ],
        "properties": {
          "message": {
            "type": "string",
            "description": "The log line (`Call connected`, `TTS: 218ms`, …)."
          },
          "call_id": {
            "type": "string"
          },
          "category": {
            "type": "string",
            "description": "Category of the event (`queue`, `call`, `latency`, …)."
          },
          "log_level": {
            "type": "string",
            "description": "`info`, `performance`, …"
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "One range of calls. Source: https://docs.bland.ai/api-v1/get/calls",
        "additionalProperties": true,
        "required": [
          "calls"
        ],
        "properties": {
          "total_count": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of calls matching the filters (may exceed the calls returned). Absent from the reference's example."
          },
          "count": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of calls returned in the response."
          },
          "calls": {
            "type": "array",
            "description": "The calls, without transcripts.",
            "items": {
              "$ref": "#/components/schemas/Call"
            }
          }
        }
      },
      "ErrorDetail": {
        "type": "object",
        "description": "One error of an `errors` list, e.g. `{error: AUTH_FAILURE, message: Unauthorized}`.",
        "additionalProperties": true,
        "properties": {
          "error": {
            "type": "string",
            "description": "Error code (`AUTH_FAILURE`, `CALL_NOT_FOUND`, …)."
          },
          "message": {
            "type": "string"
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "Bland's error bodies, as documented for other endpoints (the GET endpoints document none):\n`{status: \"error\", message, errors?: string[]}` (Send Call 400/403/429, https://docs.bland.ai/api-v1/post/calls)\nor `{status?: \"error\", data: null, errors: [{error, message}]}` (Send Call 401; Listen to Call 404,\nhttps://docs.bland.ai/api-v1/post/calls-id-listen). Modelled leniently.\n",
        "additionalProperties": true,
        "properties": {
          "status": {
            "type": "string",
            "description": "`error`."
          },
          "message": {
            "type": "string",
            "description": "What went wrong."
          },
          "data": {
            "type": "null"
          },
          "errors": {
            "type": [
              "array",
              "null"
            ],
            "description": "Validation messages (strings) or `{error, message}` objects.",
            "items": {
              "oneOf": [
                {
                  "type": "string"
                },
                {
                  "$ref": "#/components/schemas/ErrorDetail"
                }
              ]
            }
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid parameters (shape as documented for Send Call).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "badRequest": {
                "value": {
                  "status": "error",
                  "message": "Invalid parameters. Error: [\"Missing required parameter: phone_number.\"]",
                  "errors": [
                    "Missing required parameter: phone_number."
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid API key (body as documented for Send Call).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unauthorized": {
                "value": {
                  "data": null,
                  "errors": [
                    {
                      "error": "AUTH_FAILURE",
                      "message": "Unauthorized"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No call with this id (body as documented for Listen to Call; not documented for Call Details).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "value": {
                  "status": "error",
                  "data": null,
                  "errors": [
                    {
                      "error": "CALL_NOT_FOUND",
                      "message": "Call not found"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited. Bland documents 429 bodies for Send Call only (`Rate limit exceeded`, same-number\nspacing, new accounts, international); limits of the GET endpoints and a `Retry-After` header are\nnot documented.\n",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying, when sent (not documented by Bland).",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooManyRequests": {
                "value": {
                  "status": "error",
                  "message": "Rate limit exceeded"
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Server error (body not documented).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "internalError": {
                "value": {
                  "status": "error",
                  "message": "Internal server error"
                }
              }
            }
          }
        }
      }
    }
  }
};
export default spec;
