<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>BatchJobForm</name>
    <message>
        <source>New batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file with the service&apos;s input columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a &amp;blob:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blob already in storage: container/path/input.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input blob already in storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob container for the input and the outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output b&amp;lob:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container/scoredesk/&lt;time&gt;/output1.csv (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each job&apos;s outputs go into a folder of its own here, named after the workspace, the time and the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the job at &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload and Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>batch jobs are for classic web services: an online endpoint scores by request/response only (use the Request / Response page or rrs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BesCodec</name>
    <message>
        <source>the service did not answer with a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered with a job id that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job status is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallError</name>
    <message>
        <source>the server answered with status %1 and no explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a NUL byte, so it is not a text table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a delimiter after the closing quote, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column name &apos;%1&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect from %1 to an insecure address (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpMessage</name>
    <message>
        <source>the %1 header holds a line break or another control character, so it was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused to send a key over plain http:// to %1, where anyone on the way could read it: use https://, or allow plain http for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobCredentials</name>
    <message>
        <source>no keys were given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job&apos;s workspace no longer exists, so its keys are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; now points to another service than the job&apos;s (%2); its keys are not sent there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cancel asked for by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 · started %2 · ended %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has not answered a status request for this job yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job %1 was cancelled, as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job %1 finished, but its outputs were not downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job %1 finished; its outputs are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2: only a job not started yet can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has ended (%2): there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancel of job %1 was asked for already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a finished job has outputs to download.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobOutputs</name>
    <message>
        <source>the service gave no usable location for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s location for %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>the text ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ScoreDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;API Definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an OpenAPI 3.0 definition of the chosen workspace&apos;s service for API Management to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request / Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ScoreDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineEndpoint</name>
    <message>
        <source>The endpoint refused the key or token (it may have expired or been regenerated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online endpoint answers at this URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint has no deployment named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model took longer than the endpoint&apos;s request timeout (request_timeout_ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests for the endpoint&apos;s instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is not available right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryingCall</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RrsCodec</name>
    <message>
        <source>the text is not valid JSON: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tables could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output &apos;%1&apos; has no table in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of output &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of Values is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no &quot;Results&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output &apos;%1&apos; is neither a table nor a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is neither a table nor a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has no &quot;Inputs&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCodec</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a split body: it needs input_data with columns and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered %1 prediction(s) for %2 row(s); they are shown without the inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::BatchJobForm</name>
    <message>
        <source>Input File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the input, submit the job to %1 and follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an online endpoint: it scores on the Request / Response page; batch jobs are for classic web services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an input file, or name a blob already in storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the existing blob as container/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the blob container for the input and the outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the outputs are downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::BatchPage</name>
    <message>
        <source>Raw &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its state, its times, its outputs and, when it failed, why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program here opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s last status document, as it came (signatures masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Going on with %n submission(s) that the last session left unfinished…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No workspace&lt;/b&gt; — choose one in the toolbar to submit jobs; the monitor shows every job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected job (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service to cancel the selected job (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the job&apos;s outputs again (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output of this job is on disk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first output in a results grid (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outputs&apos; folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the job from this list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job&apos;s id (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output of this job is on disk yet: download it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist any more: download the outputs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted and started job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was submitted but could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the service to cancel job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove job %1 from the list? Downloaded outputs stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs of job %1 are on disk already:
%2

Download them again and replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the outputs of job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (yet): the outputs have not been downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program here opens folders; the outputs are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScoreDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::HistoryListModel</name>
    <message>
        <source>%1  %2  %3  %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::HistoryPanel</name>
    <message>
        <source>Search history (URL, workspace, error, body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::InputGridView</name>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::InputTableModel</name>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::JobListModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::KeychainBanner</name>
    <message>
        <source>Keep keys for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; ScoreDesk keeps keys only in the keychain and never writes them to a file, so it cannot save keys now.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys are kept for this session only.&lt;/b&gt; They stay in memory and are forgotten when ScoreDesk quits; workspace definitions are still saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request / Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export API Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the description of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the API definition of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the API definition of %1 to %2, with generic schemas: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ScoreDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ScoreDesk %1&lt;/h3&gt;&lt;p&gt;Call, test and run machine-learning scoring web services (Azure ML Studio classic, directly or through an API gateway).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScoreDesk speaks this language already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when ScoreDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::OutputViewer</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ScoreDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CSV table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 rows, %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::ParametersForm</name>
    <message>
        <source>This service has no global parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RawBodyEditor</name>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body to send as it is, e.g. {&quot;data&quot;: [[1, 2, 3]]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::ResponsePanel</name>
    <message>
        <source>Press Send (Ctrl+Enter) to call the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Raw Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use These Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this call&apos;s inputs in the grid (Undo brings yours back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the JSON (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer&apos;s JSON as the service sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown output, with its header row, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call of %1, from the history (read-only) · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · answered by deployment &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 ms · sent %2 · received %3 · POST %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a table (no list of predictions in it): it is shown as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (the service says to wait %n second(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is %1; its first %2 as received:

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RetryCountdown</name>
    <message numerus="yes">
        <source>HTTP 429: the rate limit is reached. Trying again in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1: the service asks to wait. Trying again in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RrsExchange</name>
    <message>
        <source>Preparing the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the response…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RrsPage</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Ro&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;JSON Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rows as a list of objects (format=swagger) instead of ColumnNames and Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a moment after each edit, like the Excel add-in&apos;s auto-predict. A grid with invalid cells is not sent; an edit cancels the call in flight; a rate limit pauses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-send is paused while the rate limit is waited out (%1 s); your edits are sent after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-send waits until this is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online endpoint %1, deployment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No workspace&lt;/b&gt; — add one on the Workspaces page and choose it in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description of this service is kept yet, so the grid has no typed columns. Reload Description (F5) reads it: one call through the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid has %1 rows, too many to edit as text: write the body, or send the grid as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the service description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service description, so the grid has no typed columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request. If its inputs changed, Reload Description (F5) reads them again (one gateway call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s inputs changed: the grid has the columns it describes now, with your rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2, which the service requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no columns: import a CSV file or add columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. Fix these first:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored request cannot be shown as a table (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Inputs from History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use These Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That call had other inputs than the grid has now. Replace the grid with them? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs of that call are in the grid; Undo (Ctrl+Z) brings yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs of that call are in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; of that call no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That request was too large to keep whole in the history, so it cannot be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::SnippetsDialog</name>
    <message>
        <source>Reveal keys in the code (they are read from environment variables otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for This Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::UsagePage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Usage&lt;/b&gt; of your calls and batch jobs, from this computer&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orkspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the calls per period and workspace, and the totals, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch jobs by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off, so there is nothing to count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; batch jobs, half of those that ended took under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; batch jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; calls, %2% succeeded · latency &lt;b&gt;%3 ms&lt;/b&gt; median, &lt;b&gt;%4 ms&lt;/b&gt; for the slowest 5% · &lt;b&gt;%5&lt;/b&gt; throttled (429/503), %6 waited out a limit for %7 in all · %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled (429/503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service failed (5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the usage to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::WorkspaceDetails</name>
    <message>
        <source>yes, with a subscription key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::WorkspaceDialog</name>
    <message>
        <source>Edit Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (kept for this session only: no keychain is available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is a token that expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s key or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s subscription key, or untick &quot;Behind an API gateway&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::WorkspacesPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a workspace (Ctrl+N) for each service you call: its API location, an optional API gateway, and keys that stay in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys will be kept in memory until ScoreDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workspace &quot;%1&quot; and remove its keys from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted workspace &quot;%1&quot; and its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workspace(s). Keys are never part of an export: enter them with Edit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the workspace definitions (without keys) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BatchRunner</name>
    <message>
        <source>job %1 is not in the job list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has started already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has ended already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has not finished, so it has no outputs yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BatchSubmitJob</name>
    <message>
        <source>there is no usable storage connection string for &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job needs a storage connection string for its input and outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 was submitted but cannot be kept in the job list: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BlobDownload</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2. What was downloaded is kept; download again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download has %1 bytes but the blob has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloaded bytes do not match the blob&apos;s MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the download into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BlobList</name>
    <message>
        <source>the blob listing does not come to an end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BlobUpload</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::ConnectionTest</name>
    <message>
        <source>Reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your network or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up %1 (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be found (DNS). Check the API location for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS) verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not with a service description. Is this the service&apos;s API location?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway accepted the subscription key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read the service description: %n input column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n global parameter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway wants a subscription key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway refused the subscription key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway needs a subscription key: enter it in the workspace (and tick &quot;behind an API gateway&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway refused the subscription key. Copy it again from the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the API key. Copy it again from the service&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace in the API location does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service in the API location does not exist in that workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found at that API location (404). Check the path, and the gateway&apos;s API suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway limited the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway is limiting calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint refused the key or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint refused the key or token. Copy a key again from the endpoint&apos;s Consume page (or get a new token: az ml online-endpoint get-credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint accepted the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No swagger.json: the scoring script declares no schema, so the grid has no typed columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The endpoint publishes no description: import a CSV file or add columns by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDesk::JobPoller</name>
    <message>
        <source>The service no longer knows this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there already and was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outputs could not all be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway subscription key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds a line break or another control character; a real one never does (was it pasted with a newline?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL must start with https:// (or http:// for a local service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL must end in /workspaces/{workspace}/services/{service} (a classic service) or in /score (an online endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceSchema</name>
    <message>
        <source>the endpoint&apos;s description names no input columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service description is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service description has no definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service description names no input ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>The certificate of %1 could not be verified:
• %2

Issued to: %3
Issued by: %4
SHA-256: %5

Trust this certificate until ScoreDesk quits? Only do so for a service you know, such as one on your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust for This Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>%1 (%2) cannot be used: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer ScoreDesk (schema %1; this one knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageAccount</name>
    <message>
        <source>the connection string has a part without &apos;=&apos; in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountKey is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection string has neither AccountKey nor SharedAccessSignature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlobEndpoint is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection string has no AccountName</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The token of &quot;%1&quot; has expired: get a new one (az ml online-endpoint get-credentials) and edit the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token of &quot;%1&quot; expires in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API location: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment name holds only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDetails</name>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the service&apos;s description with the stored keys and say what worked (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/workspaces/{workspace}/services/{service} or https://….inference.ml.azure.com/score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the API location (a URL ending in /score is an online endpoint); change it when a gateway URL says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic web service (request/response and batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML online endpoint (/score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. blue (empty: the endpoint&apos;s traffic split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind an API &amp;gateway (needs a subscription key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob container for batch jobs (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http:// to this host (keys travel unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a test service on a network you trust: anyone on the way can read keys sent over http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (kept in the system keychain only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is an aml_&amp;token, which expires at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscription key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torage connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceManager</name>
    <message>
        <source>A workspace named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is stored for workspace &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ScoreDesk workspace list (no schemaVersion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer ScoreDesk (schema %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;workspaces&quot; list is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be used: %2. It was left untouched; fix or move it away to save workspaces again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 could not be read, so it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workspaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
