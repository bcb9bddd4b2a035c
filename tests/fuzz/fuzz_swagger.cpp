// A service's description (swagger.json): ports, columns, types, enums, parameters, examples.
#include "fuzzinput.h"

#include "core/service/serviceschema.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ScoreDesk::ServiceSchema schema;
    QString error;
    if (ScoreDesk::ServiceSchema::parse(fuzzBytes(data, size), &schema, &error)) {
        for (const ScoreDesk::SchemaPort &port : schema.inputs)
            (void)schema.exampleTable(port);
    }
    return 0;
}
