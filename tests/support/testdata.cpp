#include "testdata.h"

QByteArray guideRequestBody()
{
    return R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[["This is a good day"]]}},"GlobalParameters":{}})";
}

QByteArray importableWorkspacesJson()
{
    return R"({"schemaVersion":1,"workspaces":[{"name":"Imported","apiLocation":"https://h.example/workspaces/a/services/b","needsSubscriptionKey":true}]})";
}
