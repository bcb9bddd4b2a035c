// An online endpoint's answer (any shape, joined to a small input table) and a split body read
// back from the history.
#include "fuzzinput.h"

#include "core/service/scorecodec.h"

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    ScoreDesk::ScoreAnswer answer;
    QString error;
    if (ScoreDesk::decodeScoreAnswer(body, &answer, &error)) {
        const ScoreDesk::DataTable &predictions = answer.predictions;
        for (qsizetype c = 0; c < predictions.columnCount(); ++c) {
            if (predictions.column(c).size() != predictions.rowCount())
                std::abort();
        }
        if (answer.shape == ScoreDesk::ScoreAnswerShape::Custom && predictions.columnCount() != 0)
            std::abort();
        ScoreDesk::DataTable inputs(QStringList{QStringLiteral("Col2")});
        inputs.appendRow({QStringLiteral("a")});
        inputs.appendRow({QStringLiteral("b")});
        QString problem;
        const ScoreDesk::DataTable joined = ScoreDesk::joinInputsAndPredictions(inputs, predictions, &problem);
        for (qsizetype c = 0; c < joined.columnCount(); ++c) {
            if (joined.column(c).size() != joined.rowCount())
                std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    ScoreDesk::DataTable table;
    if (!ScoreDesk::decodeSplitBody(body, &table, &error) && error.isEmpty())
        std::abort();
    return 0;
}
