/**
 * GENERATED from specs/openmic.yaml by scripts/generate.mjs. Do not edit by hand:
 * change the spec and run `pnpm generate`.
 */

/** The OpenAPI document of specs/openmic.yaml, as JSON. */
const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "OpenMic call records API",
    "version": "1.0.0",
    "summary": "Get and list OpenMic calls.",
    "description": "Hand-written description of the OpenMic call-record endpoints, from the OpenMic API reference pages\n\"Get Call\" (`GET /v1/call/{id}`, https://docs.openmic.ai/api-reference/calls/get-call) and \"List Calls\"\n(`GET /v1/calls`, https://docs.openmic.ai/api-reference/calls/list-calls): auth, pagination, and the error\nbodies of OpenMic's own OpenAPI file behind those pages.\n\nUnits: times are Unix epoch **milliseconds**; `duration_ms` is milliseconds; latency values are\n**seconds** (the example's 0.5, 1.2, 2.1); costs carry no currency label and are USD-sized.\nOpenMic documents no rate limits.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "OpenMic API reference",
    "url": "https://docs.openmic.ai"
  },
  "servers": [
    {
      "url": "https://api.openmic.ai",
      "description": "Production"
    }
  ],
  "security": [
    {
      "BearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "calls",
      "description": "Call records."
    }
  ],
  "paths": {
    "/v1/call/{id}": {
      "get": {
        "operationId": "getCall",
        "summary": "Get Call",
        "description": "Retrieve one call by its id, with transcript, latency, analysis and cost. Source: https://docs.openmic.ai/api-reference/calls/get-call.",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The unique identifier of the call (`call_id`).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Call details retrieved successfully",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Call"
                },
                "examples": {
                  "seed": {
                    "summary": "The Get Call example of the OpenMic reference (https://docs.openmic.ai/api-reference/calls/get-call), verbatim.",
                    "value": {
                      "call_type": "phonecall",
                      "from_number": "+1234567890",
                      "to_number": "+0987654321",
                      "direction": "outbound",
                      "call_id": "cmbbvrg8wzi487w02m2bc7dji",
                      "agent_id": "bvrg8wzi487w02m2bc7dh0ev",
                      "call_status": "ended",
                      "customer_id": "customer_001",
                      "start_timestamp": 1678886400000,
                      "end_timestamp": 1678886700000,
                      "duration_ms": 300000,
                      "transcript": [
                        [
                          "assistant",
                          "Hello! How can I help you today?"
                        ],
                        [
                          "user",
                          "I'd like to schedule an appointment."
                        ],
                        [
                          "assistant",
                          "I'd be happy to help you schedule an appointment. What type of service are you looking for?"
                        ]
                      ],
                      "recording_url": "https://recordings.openmic.ai/call_98765.mp3",
                      "latency": {
                        "e2e_min_latency": 0.5,
                        "e2e_median_latency": 1.2,
                        "e2e_p90_latency": 2.1,
                        "llm_min_latency": 0.3,
                        "llm_median_latency": 0.8,
                        "llm_p90_latency": 1.5,
                        "tts_min_latency": 0.2,
                        "tts_median_latency": 0.4,
                        "tts_p90_latency": 0.6
                      },
                      "call_analysis": {
                        "summary": "Customer called to schedule an appointment and was successfully assisted.",
                        "is_successful": true,
                        "success_evaluation": "excellent",
                        "extracted_data": null
                      },
                      "call_cost": {
                        "total_cost": 0.0822,
                        "llm_cost": 0.0052548,
                        "tts_cost": 0.0242269,
                        "stt_cost": 0.0527183
                      },
                      "dynamic_variables": {
                        "name": "John"
                      }
                    }
                  }
                }
              }
            }
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
        "description": "List calls, newest first as the API returns them (no sort parameter is documented), with offset\npagination (`limit` 1–100, `offset` ≥ 0). Source: https://docs.openmic.ai/api-reference/calls/list-calls.\n",
        "tags": [
          "calls"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Maximum number of calls to return (1-100).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Number of calls to skip.",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          },
          {
            "name": "customer_id",
            "in": "query",
            "description": "Filter by customer ID.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "from_number",
            "in": "query",
            "description": "Filter by originating phone number.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "to_number",
            "in": "query",
            "description": "Filter by destination phone number.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "bot_id",
            "in": "query",
            "description": "Filter by bot ID (the call record names it `agent_id`).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "from_date",
            "in": "query",
            "description": "Filter calls from this date (ISO 8601 format).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "to_date",
            "in": "query",
            "description": "Filter calls to this date (ISO 8601 format).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "call_status",
            "in": "query",
            "description": "Filter by call status.",
            "schema": {
              "$ref": "#/components/schemas/CallStatus"
            }
          },
          {
            "name": "call_type",
            "in": "query",
            "description": "Filter by call type.",
            "schema": {
              "$ref": "#/components/schemas/CallType"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "List of calls retrieved successfully",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCallsResponse"
                },
                "examples": {
                  "realistic": {
                    "summary": "Two calls built from the Get Call example (served by default).",
                    "value": {
                      "calls": [
                        {
                          "call_type": "phonecall",
                          "from_number": "+1234567890",
                          "to_number": "+0987654321",
                          "direction": "outbound",
                          "call_id": "cmbbvrg8wzi487w02m2bc7dji",
                          "agent_id": "bvrg8wzi487w02m2bc7dh0ev",
                          "call_status": "ended",
                          "customer_id": "customer_001",
                          "start_timestamp": 1678886400000,
                          "end_timestamp": 1678886700000,
                          "duration_ms": 300000,
                          "transcript": [
                            [
                              "assistant",
                              "Hello! How can I help you today?"
                            ],
                            [
                              "user",
                              "I'd like to schedule an appointment."
                            ],
                            [
                              "assistant",
                              "I'd be happy to help you schedule an appointment. What type of service are you looking for?"
                            ]
                          ],
                          "recording_url": "https://recordings.openmic.ai/call_98765.mp3",
                          "latency": {
                            "e2e_min_latency": 0.5,
                            "e2e_median_latency": 1.2,
                            "e2e_p90_latency": 2.1,
                            "llm_min_latency": 0.3,
                            "llm_median_latency": 0.8,
                            "llm_p90_latency": 1.5,
                            "tts_min_latency": 0.2,
                            "tts_median_latency": 0.4,
                            "tts_p90_latency": 0.6
                          },
                          "call_analysis": {
                            "summary": "Customer called to schedule an appointment and was successfully assisted.",
                            "is_successful": true,
                            "success_evaluation": "excellent",
                            "extracted_data": null
                          },
                          "call_cost": {
                            "total_cost": 0.0822,
                            "llm_cost": 0.0052548,
                            "tts_cost": 0.0242269,
                            "stt_cost": 0.0527183
                          },
                          "dynamic_variables": {
                            "name": "John"
                          }
                        },
                        {
                          "call_type": "webcall",
                          "from_number": "",
                          "to_number": "",
                          "direction": "inbound",
                          "call_id": "cmbbw1x3kzi490w02q9vt4pla",
                          "agent_id": "bvrg8wzi487w02m2bc7dh0ev",
                          "call_status": "ended",
                          "customer_id": "customer_002",
                          "start_timestamp": 1678890000000,
                          "end_timestamp": 1678890095000,
                          "duration_ms": 95000,
                          "transcript": [
                            [
                              "assistant",
                              "Hello! How can I help you today?"
                            ],
                            [
                              "user",
                              "What are your opening hours?"
                            ],
                            [
                              "assistant",
                              "We are open from 9 am to 5 pm, Monday to Friday."
                            ]
                          ],
                          "latency": {
                            "e2e_min_latency": 0.6,
                            "e2e_median_latency": 1.1,
                            "e2e_p90_latency": 1.9
                          },
                          "call_analysis": {
                            "summary": "Customer asked for opening hours.",
                            "is_successful": true,
                            "success_evaluation": "good",
                            "extracted_data": {}
                          },
                          "call_cost": {
                            "total_cost": 0.0261,
                            "llm_cost": 0.0017,
                            "tts_cost": 0.0077,
                            "stt_cost": 0.0167
                          },
                          "dynamic_variables": {}
                        }
                      ],
                      "pagination": {
                        "limit": 20,
                        "offset": 0,
                        "total": 2,
                        "has_more": false
                      }
                    }
                  },
                  "seed": {
                    "summary": "The List Calls example of the OpenMic reference (https://docs.openmic.ai/api-reference/calls/list-calls), verbatim, placeholders included.",
                    "value": {
                      "calls": [
                        {
                          "call_type": "phonecall",
                          "from_number": "<string>",
                          "to_number": "<string>",
                          "direction": "inbound",
                          "call_id": "<string>",
                          "agent_id": "<string>",
                          "call_status": "registered",
                          "customer_id": "<string>",
                          "telephony_identifier": {},
                          "start_timestamp": 123,
                          "end_timestamp": 123,
                          "duration_ms": 123,
                          "transcript": [
                            [
                              "<string>"
                            ]
                          ],
                          "recording_url": "<string>",
                          "latency": {
                            "e2e_min_latency": 123,
                            "e2e_median_latency": 123,
                            "e2e_p90_latency": 123,
                            "llm_min_latency": 123,
                            "llm_median_latency": 123,
                            "llm_p90_latency": 123,
                            "tts_min_latency": 123,
                            "tts_median_latency": 123,
                            "tts_p90_latency": 123
                          },
                          "call_analysis": {
                            "summary": "<string>",
                            "is_successful": true,
                            "success_evaluation": "<string>",
                            "extracted_data": {}
                          },
                          "call_cost": {
                            "total_cost": 123,
                            "llm_cost": 123,
                            "tts_cost": 123,
                            "stt_cost": 123
                          },
                          "dynamic_variables": {
                            "name": "John"
                          }
                        }
                      ],
                      "pagination": {
                        "limit": 123,
                        "offset": 123,
                        "total": 123,
                        "has_more": true
                      }
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
  "components": {
    "securitySchemes": {
      "BearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "Bearer token authentication using API key. Find it at https://chat.openmic.ai/api-key"
      }
    },
    "schemas": {
      "CallType": {
        "type": "string",
        "description": "Type of call.",
        "enum": [
          "phonecall",
          "webcall"
        ]
      },
      "CallDirection": {
        "type": "string",
        "description": "Call direction.",
        "enum": [
          "inbound",
          "outbound"
        ]
      },
      "CallStatus": {
        "type": "string",
        "description": "Current call status.",
        "enum": [
          "registered",
          "ongoing",
          "ended",
          "error"
        ]
      },
      "Call": {
        "type": "object",
        "description": "An OpenMic call record. Source: https://docs.openmic.ai/api-reference/calls/get-call (Get Call), response fields.",
        "additionalProperties": true,
        "required": [
          "call_type",
          "from_number",
          "to_number",
          "direction",
          "call_id",
          "agent_id",
          "call_status"
        ],
        "properties": {
          "call_type": {
            "$ref": "#/components/schemas/CallType"
          },
          "from_number": {
            "type": "string",
            "description": "Originating phone number (E.164 in the examples, e.g. `+1234567890`)."
          },
          "to_number": {
            "type": "string",
            "description": "Destination phone number (E.164 in the examples)."
          },
          "direction": {
            "$ref": "#/components/schemas/CallDirection"
          },
          "call_id": {
            "type": "string",
            "description": "Unique call identifier."
          },
          "agent_id": {
            "type": "string",
            "description": "Bot/agent identifier (the list filter calls it `bot_id`)."
          },
          "call_status": {
            "$ref": "#/components/schemas/CallStatus"
          },
          "customer_id": {
            "type": "string",
            "description": "Customer identifier."
          },
          "telephony_identifier": {
            "type": "object",
            "description": "Telephony system identifiers. Free-form; its keys are not documented.",
            "additionalProperties": true
          },
          "start_timestamp": {
            "type": "integer",
            "description": "Call start time (Unix timestamp in milliseconds)."
          },
          "end_timestamp": {
            "type": "integer",
            "description": "Call end time (Unix timestamp in milliseconds)."
          },
          "duration_ms": {
            "type": "integer",
            "description": "Call duration in milliseconds."
          },
          "transcript": {
            "type": "array",
            "description": "Call transcript as array of [speaker, message] pairs. Speakers seen: `assistant`, `user`.\nThe List Calls example shows a one-element entry (`[\"<string>\"]`), so an entry may hold fewer\nthan two strings.\n",
            "items": {
              "$ref": "#/components/schemas/TranscriptEntry"
            }
          },
          "recording_url": {
            "type": "string",
            "description": "URL to call recording."
          },
          "latency": {
            "$ref": "#/components/schemas/CallLatency"
          },
          "call_analysis": {
            "$ref": "#/components/schemas/CallAnalysis"
          },
          "call_cost": {
            "$ref": "#/components/schemas/CallCost"
          },
          "dynamic_variables": {
            "type": "object",
            "description": "Dynamic variables sent in key-value pairs to replace in the prompt, e.g. `{ \"name\": \"John\" }`.",
            "additionalProperties": true
          }
        }
      },
      "TranscriptEntry": {
        "type": "array",
        "description": "One transcript turn, `[speaker, message]`.",
        "items": {
          "type": "string"
        },
        "maxItems": 2
      },
      "CallLatency": {
        "type": "object",
        "description": "Latency metrics for different components, in **seconds** (the reference example gives 0.5, 1.2,\n2.1; https://docs.openmic.ai/api-reference/calls/get-call). `e2e` is end to end, `llm` the language model, `tts` text to speech.\n",
        "additionalProperties": true,
        "properties": {
          "e2e_min_latency": {
            "type": "number",
            "description": "Minimum end-to-end latency, seconds."
          },
          "e2e_median_latency": {
            "type": "number",
            "description": "Median (p50) end-to-end latency, seconds."
          },
          "e2e_p90_latency": {
            "type": "number",
            "description": "90th percentile end-to-end latency, seconds."
          },
          "llm_min_latency": {
            "type": "number",
            "description": "Minimum LLM latency, seconds."
          },
          "llm_median_latency": {
            "type": "number",
            "description": "Median (p50) LLM latency, seconds."
          },
          "llm_p90_latency": {
            "type": "number",
            "description": "90th percentile LLM latency, seconds."
          },
          "tts_min_latency": {
            "type": "number",
            "description": "Minimum TTS latency, seconds."
          },
          "tts_median_latency": {
            "type": "number",
            "description": "Median (p50) TTS latency, seconds."
          },
          "tts_p90_latency": {
            "type": "number",
            "description": "90th percentile TTS latency, seconds."
          }
        }
      },
      "CallAnalysis": {
        "type": "object",
        "description": "Post-call analysis results including summary and success metrics.",
        "additionalProperties": true,
        "properties": {
          "summary": {
            "type": "string",
            "description": "Summary of the call."
          },
          "is_successful": {
            "type": "boolean",
            "description": "Whether the call achieved its goal."
          },
          "success_evaluation": {
            "type": "string",
            "description": "Free-text evaluation of success (e.g. `excellent`)."
          },
          "extracted_data": {
            "type": [
              "object",
              "null"
            ],
            "description": "Data extracted from the call; `null` when nothing was extracted. Free-form.",
            "additionalProperties": true
          }
        }
      },
      "CallCost": {
        "type": "object",
        "description": "Detailed cost breakdown for the call. No currency is named; the values are USD-sized (https://docs.openmic.ai/api-reference/calls/get-call).",
        "additionalProperties": true,
        "properties": {
          "total_cost": {
            "type": "number",
            "description": "Total cost of the call (USD)."
          },
          "llm_cost": {
            "type": "number",
            "description": "Language model cost (USD)."
          },
          "tts_cost": {
            "type": "number",
            "description": "Text-to-speech cost (USD)."
          },
          "stt_cost": {
            "type": "number",
            "description": "Speech-to-text cost (USD)."
          }
        }
      },
      "Pagination": {
        "type": "object",
        "description": "Offset pagination state of a List Calls response.",
        "additionalProperties": true,
        "required": [
          "limit",
          "offset",
          "total",
          "has_more"
        ],
        "properties": {
          "limit": {
            "type": "integer",
            "description": "Page size used."
          },
          "offset": {
            "type": "integer",
            "description": "Number of calls skipped."
          },
          "total": {
            "type": "integer",
            "description": "Total number of calls matching the filters."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether more calls follow this page."
          }
        }
      },
      "ListCallsResponse": {
        "type": "object",
        "description": "One page of calls. Source: https://docs.openmic.ai/api-reference/calls/list-calls.",
        "additionalProperties": true,
        "required": [
          "calls",
          "pagination"
        ],
        "properties": {
          "calls": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Call"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination"
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "Error body of OpenMic's own OpenAPI file (https://docs.openmic.ai/api-reference/calls/get-call): `{\"error\": \"<text>\"}`, and 401 adds\n`message`. The Get/List Calls reference pages document no error responses.\n",
        "additionalProperties": true,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "Short error text."
          },
          "message": {
            "type": "string",
            "description": "Longer explanation (401 only, in the reference)."
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid parameters.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "badRequest": {
                "value": {
                  "error": "Invalid limit"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid API key.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unauthorized": {
                "value": {
                  "error": "Unauthorized",
                  "message": "Invalid or expired API key"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No call with this id.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "value": {
                  "error": "Call not found"
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited. OpenMic documents no rate limits and no 429 body; modelled like its other errors.\n",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying, when sent.",
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
                  "error": "Too many requests"
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Server error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "internalError": {
                "value": {
                  "error": "Internal server error"
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
