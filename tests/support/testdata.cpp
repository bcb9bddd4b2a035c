#include "testdata.h"

#include <QCryptographicHash>
#include <QFile>

QByteArray guideRequestBody()
{
    return R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[["This is a good day"]]}},"GlobalParameters":{}})";
}

QByteArray importableWorkspacesJson()
{
    return R"({"schemaVersion":1,"workspaces":[{"name":"Imported","apiLocation":"https://h.example/workspaces/a/services/b","needsSubscriptionKey":true}]})";
}

QByteArray classicSwaggerJson()
{
    // Keys deliberately out of alphabetical order: the reader must keep the service's order.
    return R"({
  "swagger": "2.0",
  "info": {"title": "Income prediction", "description": "Adult census income"},
  "definitions": {
    "input1Item": {
      "type": "object",
      "properties": {
        "age": {"type": "integer", "format": "int32"},
        "workclass": {"type": "string", "enum": ["Private", "Self-emp", "Gov"]},
        "fnlwgt": {"type": "number", "format": "double"},
        "birthday": {"type": "string", "format": "date-time"},
        "employed": {"type": "boolean"}
      },
      "required": ["age", "workclass"]
    },
    "lookupItem": {"type": "object", "properties": {"zip": {"type": "string"}, "area": {"type": "string"}}},
    "output1Item": {"type": "object", "properties": {"Scored Labels": {"type": "string"}, "Scored Probabilities": {"type": "number"}}},
    "GlobalParameters": {
      "type": "object",
      "properties": {
        "Threshold": {"type": "number", "format": "double", "default": 0.5, "minimum": 0, "maximum": 1},
        "Mode": {"type": "string", "enum": ["fast", "exact"], "default": "fast"},
        "Beta": {"type": "integer", "default": 2}
      }
    },
    "ExecutionRequest": {
      "type": "object",
      "properties": {
        "Inputs": {"type": "object", "properties": {
          "input1": {"type": "array", "items": {"$ref": "#/definitions/input1Item"}},
          "lookup": {"type": "array", "items": {"$ref": "#/definitions/lookupItem"}}
        }},
        "GlobalParameters": {"$ref": "#/definitions/GlobalParameters"}
      },
      "example": {"Inputs": {"input1": [{"age": 39, "workclass": "Private", "fnlwgt": 77516, "employed": true}], "lookup": []},
                  "GlobalParameters": {"Threshold": 0.5}}
    }
  }
})";
}

QByteArray md5OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(&file);
    return md5.result();
}
