#include "testdata.h"

QByteArray guideRequestBody()
{
    return R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[["This is a good day"]]}},"GlobalParameters":{}})";
}
