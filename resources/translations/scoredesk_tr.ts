<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>BatchJobForm</name>
    <message>
        <source>New batch job</source>
        <translation>Yeni toplu iş</translation>
    </message>
    <message>
        <source>&amp;Input file:</source>
        <translation>&amp;Girdi dosyası:</translation>
    </message>
    <message>
        <source>CSV file with the service&apos;s input columns</source>
        <translation>Hizmetin girdi sütunlarını taşıyan CSV dosyası</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Girdi dosyası</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Choose the input file</source>
        <translation>Girdi dosyasını seçin</translation>
    </message>
    <message>
        <source>or a &amp;blob:</source>
        <translation>ya da bir &amp;blob:</translation>
    </message>
    <message>
        <source>a blob already in storage: container/path/input.csv</source>
        <translation>depolamada zaten duran bir blob: kapsayici/yol/girdi.csv</translation>
    </message>
    <message>
        <source>Input blob already in storage</source>
        <translation>Depolamada zaten duran girdi blob’u</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Kapsayıcı:</translation>
    </message>
    <message>
        <source>blob container for the input and the outputs</source>
        <translation>girdi ve çıktıların blob kapsayıcısı</translation>
    </message>
    <message>
        <source>Blob container</source>
        <translation>Blob kapsayıcısı</translation>
    </message>
    <message>
        <source>Output b&amp;lob:</source>
        <translation>Çıktı b&amp;lob’u:</translation>
    </message>
    <message>
        <source>container/scoredesk/&lt;time&gt;/output1.csv (the default)</source>
        <translation>kapsayici/scoredesk/&lt;zaman&gt;/output1.csv (varsayılan)</translation>
    </message>
    <message>
        <source>Output blob</source>
        <translation>Çıktı blob’u</translation>
    </message>
    <message>
        <source>&amp;Download to:</source>
        <translation>&amp;İndirme yeri:</translation>
    </message>
    <message>
        <source>Each job&apos;s outputs go into a folder of its own here, named after the workspace, the time and the job</source>
        <translation>Her işin çıktıları burada kendine ait, çalışma alanı, zaman ve iş adını taşıyan bir klasöre iner</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>İndirme klasörü</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>İndirme klasörünü seçin</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parametreler:</translation>
    </message>
    <message>
        <source>Start the job at &amp;once</source>
        <translation>İşi &amp;hemen başlat</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Yükleme ilerlemesi</translation>
    </message>
    <message>
        <source>&amp;Upload and Submit</source>
        <translation>&amp;Yükle ve Gönder</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>batch jobs are for classic web services: an online endpoint scores by request/response only (use the Request / Response page or rrs)</source>
        <translation>toplu işler klasik web hizmetleri içindir: çevrimiçi uç nokta yalnızca istek/yanıt ile puanlar (İstek / Yanıt sayfasını ya da rrs komutunu kullanın)</translation>
    </message>
</context>
<context>
    <name>BesCodec</name>
    <message>
        <source>the service did not answer with a job id</source>
        <translation>hizmet bir iş kimliğiyle yanıt vermedi</translation>
    </message>
    <message>
        <source>the service answered with a job id that cannot be used: %1</source>
        <translation>hizmet kullanılamayan bir iş kimliğiyle yanıt verdi: %1</translation>
    </message>
    <message>
        <source>the job status is not a JSON object</source>
        <translation>iş durumu bir JSON nesnesi değil</translation>
    </message>
    <message>
        <source>unknown job status &apos;%1&apos;</source>
        <translation>bilinmeyen iş durumu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CallError</name>
    <message>
        <source>the server answered with status %1 and no explanation</source>
        <translation>sunucu %1 durumuyla ve açıklamasız yanıt verdi</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>dosya geçerli bir UTF-8 metni değil</translation>
    </message>
    <message>
        <source>the file holds a NUL byte, so it is not a text table</source>
        <translation>dosyada NUL baytı var, yani bir metin tablosu değil</translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation>tırnak içindeki alan hiç kapanmıyor</translation>
    </message>
    <message>
        <source>expected a delimiter after the closing quote, found &apos;%1&apos;</source>
        <translation>kapanan tırnaktan sonra ayraç bekleniyordu, &apos;%1&apos; bulundu</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field</source>
        <translation>tırnaksız bir alanın içinde tırnak var; alanın tamamını tırnak içine alın</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>dosya boş; ilk satır sütunların adlarını vermeli</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>başlığın %1. sütununun adı yok</translation>
    </message>
    <message>
        <source>column name &apos;%1&apos; appears twice in the header</source>
        <translation>&apos;%1&apos; sütun adı başlıkta iki kez geçiyor</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>bu satırda %1 alan var, başlıkta ise %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history</source>
        <translation>Geçmiş</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>too many redirects</source>
        <translation>çok fazla yönlendirme</translation>
    </message>
    <message>
        <source>refused a redirect from %1 to an insecure address (%2)</source>
        <translation>%1 adresinden güvensiz bir adrese (%2) yönlendirme reddedildi</translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation>indirilen veri yazılamıyor: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>no data for %1 s from %2</source>
        <translation>%2 adresinden %1 sn boyunca veri gelmedi</translation>
    </message>
</context>
<context>
    <name>HttpMessage</name>
    <message>
        <source>the %1 header holds a line break or another control character, so it was not sent</source>
        <translation>%1 başlığında satır sonu ya da başka bir denetim karakteri var, bu yüzden gönderilmedi</translation>
    </message>
    <message>
        <source>refused to send a key over plain http:// to %1, where anyone on the way could read it: use https://, or allow plain http for this workspace</source>
        <translation>anahtar, yoldaki herkesin okuyabileceği düz http:// üzerinden %1 adresine gönderilmedi: https:// kullanın ya da bu çalışma alanı için düz http’ye izin verin</translation>
    </message>
</context>
<context>
    <name>JobCredentials</name>
    <message>
        <source>no keys were given for %1</source>
        <translation>%1 için anahtar verilmedi</translation>
    </message>
    <message>
        <source>the job&apos;s workspace no longer exists, so its keys are gone</source>
        <translation>işin çalışma alanı artık yok, anahtarları da onunla gitti</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; now points to another service than the job&apos;s (%2); its keys are not sent there</source>
        <translation>&quot;%1&quot; çalışma alanı artık işinkinden (%2) başka bir hizmeti gösteriyor; anahtarları oraya gönderilmez</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlamadı</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Sizin tarafınızdan iptal edildi</translation>
    </message>
    <message>
        <source>%1, cancel asked for by you</source>
        <translation>%1, iptalini siz istediniz</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>İş %1</translation>
    </message>
    <message>
        <source>Submitted %1 · started %2 · ended %3</source>
        <translation>Gönderildi: %1 · başladı: %2 · bitti: %3</translation>
    </message>
    <message>
        <source>Took %1.</source>
        <translation>%1 sürdü.</translation>
    </message>
    <message>
        <source>Why it failed:</source>
        <translation>Neden başarısız oldu:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Girdi:</translation>
    </message>
    <message>
        <source>Outputs to:</source>
        <translation>Çıktıların yeri:</translation>
    </message>
    <message>
        <source>Downloaded %1:</source>
        <translation>İndirildi (%1):</translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation>İndirilmedi: %1</translation>
    </message>
    <message>
        <source>The service has not answered a status request for this job yet.</source>
        <translation>Hizmet bu iş için henüz bir durum sorgusuna yanıt vermedi.</translation>
    </message>
    <message>
        <source>Batch job %1 was cancelled, as you asked.</source>
        <translation>%1 toplu işi, istediğiniz gibi iptal edildi.</translation>
    </message>
    <message>
        <source>Batch job %1 %2: %3</source>
        <translation>%1 toplu işi: %2: %3</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>ayrıntı yok</translation>
    </message>
    <message>
        <source>Batch job %1 finished, but its outputs were not downloaded: %2</source>
        <translation>%1 toplu işi bitti, ancak çıktıları indirilemedi: %2</translation>
    </message>
    <message>
        <source>Batch job %1 finished; its outputs are in %2.</source>
        <translation>%1 toplu işi bitti; çıktıları %2 içinde.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a job not started yet can be started.</source>
        <translation>%1 işinin durumu: %2. Yalnızca henüz başlamamış bir iş başlatılabilir.</translation>
    </message>
    <message>
        <source>You cancelled job %1.</source>
        <translation>%1 işini iptal ettiniz.</translation>
    </message>
    <message>
        <source>Job %1 has ended (%2): there is nothing to cancel.</source>
        <translation>%1 işi sona erdi (%2): iptal edilecek bir şey yok.</translation>
    </message>
    <message>
        <source>A cancel of job %1 was asked for already.</source>
        <translation>%1 işinin iptali zaten istendi.</translation>
    </message>
    <message>
        <source>Only a finished job has outputs to download.</source>
        <translation>İndirilecek çıktısı yalnızca bitmiş bir işin olur.</translation>
    </message>
</context>
<context>
    <name>JobOutputs</name>
    <message>
        <source>the service gave no usable location for %1</source>
        <translation>hizmet %1 için kullanılabilir bir konum vermedi</translation>
    </message>
    <message>
        <source>the service&apos;s location for %1 is not usable: %2</source>
        <translation>hizmetin %1 için verdiği konum kullanılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list</source>
        <translation>İş listesi</translation>
    </message>
</context>
<context>
    <name>JsonCursor</name>
    <message>
        <source>the text ends too early</source>
        <translation>metin erken bitiyor</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; bekleniyordu</translation>
    </message>
    <message>
        <source>the values are nested too deeply</source>
        <translation>değerler çok derin iç içe</translation>
    </message>
    <message>
        <source>expected a name in quotes</source>
        <translation>tırnak içinde bir ad bekleniyordu</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>bir dizgenin içinde denetim karakteri</translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation>geçersiz bir \u kaçış dizisi</translation>
    </message>
    <message>
        <source>an invalid escape sequence</source>
        <translation>geçersiz bir kaçış dizisi</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>metin geçerli UTF-8 değil</translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation>bir dizge hiç kapanmıyor</translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation>bir sayı geçersiz</translation>
    </message>
    <message>
        <source>an unknown word</source>
        <translation>bilinmeyen bir sözcük</translation>
    </message>
    <message>
        <source>an unexpected character</source>
        <translation>beklenmeyen bir karakter</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>satır %1, sütun %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Sistem anahtarlığı erişimi reddetti: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Sistem anahtarlığı kullanılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ScoreDesk</source>
        <translation>ScoreDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Export &amp;API Definition…</source>
        <translation>&amp;API Tanımını Dışa Aktar…</translation>
    </message>
    <message>
        <source>Write an OpenAPI 3.0 definition of the chosen workspace&apos;s service for API Management to import</source>
        <translation>Seçili çalışma alanının hizmeti için API Management’ın içe aktaracağı bir OpenAPI 3.0 tanımı yaz</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>Çalışma &amp;Alanları</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Request / Response</source>
        <translation>&amp;İstek / Yanıt</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Batch Jobs</source>
        <translation>&amp;Toplu İşler</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;About ScoreDesk</source>
        <translation>ScoreDesk &amp;Hakkında</translation>
    </message>
</context>
<context>
    <name>OnlineEndpoint</name>
    <message>
        <source>The endpoint refused the key or token (it may have expired or been regenerated)</source>
        <translation>Uç nokta anahtarı ya da belirteci reddetti (süresi dolmuş ya da yeniden üretilmiş olabilir)</translation>
    </message>
    <message>
        <source>No online endpoint answers at this URL</source>
        <translation>Bu URL’de yanıt veren bir çevrimiçi uç nokta yok</translation>
    </message>
    <message>
        <source>The endpoint has no deployment named &quot;%1&quot;</source>
        <translation>Uç noktada &quot;%1&quot; adlı bir dağıtım yok</translation>
    </message>
    <message>
        <source>The model took longer than the endpoint&apos;s request timeout (request_timeout_ms)</source>
        <translation>Model, uç noktanın istek zaman aşımından (request_timeout_ms) uzun sürdü</translation>
    </message>
    <message>
        <source>The model failed</source>
        <translation>Model hata verdi</translation>
    </message>
    <message>
        <source> (its status %1)</source>
        <translation> (durum kodu %1)</translation>
    </message>
    <message>
        <source>Too many requests for the endpoint&apos;s instances</source>
        <translation>Uç noktanın örnekleri için çok fazla istek var</translation>
    </message>
    <message>
        <source>The endpoint is not available right now</source>
        <translation>Uç nokta şu anda kullanılamıyor</translation>
    </message>
</context>
<context>
    <name>RetryingCall</name>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
</context>
<context>
    <name>RrsCodec</name>
    <message>
        <source>the text is not valid JSON: %1 at %2</source>
        <translation>metin geçerli JSON değil: %2 konumunda %1</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (%2 konumunda)</translation>
    </message>
    <message>
        <source>the tables could not be stored</source>
        <translation>tablolar saklanamadı</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; has no table in it</source>
        <translation>&apos;%1&apos; çıktısında tablo yok</translation>
    </message>
    <message>
        <source>a row of output &apos;%1&apos; is not an object</source>
        <translation>&apos;%1&apos; çıktısının bir satırı nesne değil</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 bir liste değil</translation>
    </message>
    <message>
        <source>Values is not a list</source>
        <translation>Values bir liste değil</translation>
    </message>
    <message>
        <source>a row of Values is not a list</source>
        <translation>Values içindeki bir satır liste değil</translation>
    </message>
    <message>
        <source>there is more text after the JSON value</source>
        <translation>JSON değerinden sonra başka metin var</translation>
    </message>
    <message>
        <source>the response has no &quot;Results&quot; object</source>
        <translation>yanıtta &quot;Results&quot; nesnesi yok</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; is neither a table nor a list of rows</source>
        <translation>&apos;%1&apos; çıktısı ne bir tablo ne de bir satır listesi</translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation>istek bir JSON nesnesi değil</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is neither a table nor a list of rows</source>
        <translation>&apos;%1&apos; girdisi ne bir tablo ne de bir satır listesi</translation>
    </message>
    <message>
        <source>the request has no &quot;Inputs&quot;</source>
        <translation>istekte &quot;Inputs&quot; yok</translation>
    </message>
</context>
<context>
    <name>ScoreCodec</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geçerli JSON değil: %1</translation>
    </message>
    <message>
        <source>not a split body: it needs input_data with columns and data</source>
        <translation>split biçiminde bir gövde değil: columns ve data içeren bir input_data gerekir</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 (%2)</source>
        <translation>yanıt geçerli JSON değil: %1 (%2)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>yanıt boş</translation>
    </message>
    <message>
        <source>The service answered %1 prediction(s) for %2 row(s); they are shown without the inputs.</source>
        <translation>Hizmet %2 satır için %1 tahmin döndürdü; tahminler girdiler olmadan gösteriliyor.</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>tahmin: %1</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::BatchJobForm</name>
    <message>
        <source>Input File</source>
        <translation>Girdi Dosyası</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.tsv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>İndirme Klasörü</translation>
    </message>
    <message>
        <source>Upload the input, submit the job to %1 and follow it</source>
        <translation>Girdiyi yükle, işi %1 hizmetine gönder ve izle</translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first</source>
        <translation>Önce araç çubuğundan bir çalışma alanı seçin</translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first.</source>
        <translation>Önce araç çubuğundan bir çalışma alanı seçin.</translation>
    </message>
    <message>
        <source>%1 is an online endpoint: it scores on the Request / Response page; batch jobs are for classic web services.</source>
        <translation>%1 bir çevrimiçi uç nokta: İstek / Yanıt sayfasında puanlar; toplu işler klasik web hizmetleri içindir.</translation>
    </message>
    <message>
        <source>Choose an input file, or name a blob already in storage.</source>
        <translation>Bir girdi dosyası seçin ya da depolamada zaten duran bir blob’un adını verin.</translation>
    </message>
    <message>
        <source>The input file %1 cannot be read.</source>
        <translation>%1 girdi dosyası okunamıyor.</translation>
    </message>
    <message>
        <source>Name the existing blob as container/path.</source>
        <translation>Var olan blob’un adını kapsayici/yol biçiminde verin.</translation>
    </message>
    <message>
        <source>Name the blob container for the input and the outputs.</source>
        <translation>Girdi ve çıktılar için blob kapsayıcısının adını verin.</translation>
    </message>
    <message>
        <source>Choose where the outputs are downloaded.</source>
        <translation>Çıktıların nereye indirileceğini seçin.</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::BatchPage</name>
    <message>
        <source>Raw &amp;Status</source>
        <translation>Ham &amp;Durum</translation>
    </message>
    <message>
        <source>Select a job to see its state, its times, its outputs and, when it failed, why.</source>
        <translation>Durumunu, zamanlarını, çıktılarını ve başarısız olduysa nedenini görmek için bir iş seçin.</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 yok (artık yok).</translation>
    </message>
    <message>
        <source>No program here opens %1.</source>
        <translation>Bu bilgisayarda %1 dosyasını açan bir program yok.</translation>
    </message>
    <message>
        <source>The service&apos;s last status document, as it came (signatures masked)</source>
        <translation>Hizmetin son durum belgesi, geldiği gibi (imzalar gizlenmiş)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>İşi İptal Et</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Listeden Kaldır</translation>
    </message>
    <message>
        <source>Download Outputs</source>
        <translation>Çıktıları İndir</translation>
    </message>
    <message>
        <source>Open Output</source>
        <translation>Çıktıyı Aç</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Klasörü Aç</translation>
    </message>
    <message>
        <source>Copy Job ID</source>
        <translation>İş Kimliğini Kopyala</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>İş %1: %2</translation>
    </message>
    <message>
        <source>The job list cannot be used: %1</source>
        <translation>İş listesi kullanılamıyor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Going on with %n submission(s) that the last session left unfinished…</source>
        <translation>
            <numerusform>Son oturumun yarım bıraktığı %n gönderime devam ediliyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No workspace&lt;/b&gt; — choose one in the toolbar to submit jobs; the monitor shows every job.</source>
        <translation>&lt;b&gt;Çalışma alanı yok&lt;/b&gt; — iş göndermek için araç çubuğundan birini seçin; izleyici tüm işleri gösterir.</translation>
    </message>
    <message>
        <source>Select a job in the list first</source>
        <translation>Önce listeden bir iş seçin</translation>
    </message>
    <message>
        <source>Start the selected job (Ctrl+R)</source>
        <translation>Seçili işi başlat (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ask the service to cancel the selected job (Ctrl+.)</source>
        <translation>Hizmetten seçili işi iptal etmesini iste (Ctrl+.)</translation>
    </message>
    <message>
        <source>Download the job&apos;s outputs again (Ctrl+D)</source>
        <translation>İşin çıktılarını yeniden indir (Ctrl+D)</translation>
    </message>
    <message>
        <source>No output of this job is on disk yet</source>
        <translation>Bu işin henüz diskte çıktısı yok</translation>
    </message>
    <message>
        <source>Open the first output in a results grid (Ctrl+Shift+O)</source>
        <translation>İlk çıktıyı bir sonuç tablosunda aç (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open the outputs&apos; folder</source>
        <translation>Çıktıların klasörünü aç</translation>
    </message>
    <message>
        <source>Remove the job from this list (Delete)</source>
        <translation>İşi bu listeden kaldır (Delete)</translation>
    </message>
    <message>
        <source>Copy the job&apos;s id (Ctrl+Shift+C)</source>
        <translation>İşin kimliğini kopyala (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>No output of this job is on disk yet: download it first.</source>
        <translation>Bu işin henüz diskte çıktısı yok: önce indirin.</translation>
    </message>
    <message>
        <source>%1 does not exist any more: download the outputs again.</source>
        <translation>%1 artık yok: çıktıları yeniden indirin.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>Submitting the job…</source>
        <translation>İş gönderiliyor…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 yükleniyor…</translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation>İş başlatılıyor…</translation>
    </message>
    <message>
        <source>Submitted and started job %1.</source>
        <translation>%1 işi gönderildi ve başlatıldı.</translation>
    </message>
    <message>
        <source>Submitted job %1.</source>
        <translation>%1 işi gönderildi.</translation>
    </message>
    <message>
        <source>Job %1 was submitted but could not be started: %2</source>
        <translation>%1 işi gönderildi ama başlatılamadı: %2</translation>
    </message>
    <message>
        <source>The job was not submitted: %1</source>
        <translation>İş gönderilmedi: %1</translation>
    </message>
    <message>
        <source>Starting job %1…</source>
        <translation>%1 işi başlatılıyor…</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>%1 işi iptal ediliyor…</translation>
    </message>
    <message>
        <source>Started job %1.</source>
        <translation>%1 işi başlatıldı.</translation>
    </message>
    <message>
        <source>Asked the service to cancel job %1.</source>
        <translation>Hizmetten %1 işini iptal etmesi istendi.</translation>
    </message>
    <message>
        <source>Job %1 was not started: %2</source>
        <translation>%1 işi başlatılmadı: %2</translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation>%1 işi iptal edilmedi: %2</translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation>İşi Kaldır</translation>
    </message>
    <message>
        <source>Remove job %1 from the list? Downloaded outputs stay where they are.</source>
        <translation>%1 işi listeden kaldırılsın mı? İndirilen çıktılar yerinde kalır.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>The outputs of job %1 are on disk already:
%2

Download them again and replace them?</source>
        <translation>%1 işinin çıktıları zaten diskte:
%2

Yeniden indirilip eskilerinin yerine konsun mu?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Downloading the outputs of job %1…</source>
        <translation>%1 işinin çıktıları indiriliyor…</translation>
    </message>
    <message>
        <source>%1 does not exist (yet): the outputs have not been downloaded.</source>
        <translation>%1 (henüz) yok: çıktılar indirilmedi.</translation>
    </message>
    <message>
        <source>No program here opens folders; the outputs are in %1</source>
        <translation>Bu bilgisayarda klasör açan bir program yok; çıktılar %1 içinde</translation>
    </message>
    <message>
        <source>ScoreDesk</source>
        <translation>ScoreDesk</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>İş ayrıntıları</translation>
    </message>
    <message>
        <source>Batch jobs</source>
        <translation>Toplu işler</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::HistoryListModel</name>
    <message>
        <source>%1  %2  %3  %4 ms</source>
        <translation>%1  %2  %3  %4 ms</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Başarısız: %1</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::HistoryPanel</name>
    <message>
        <source>Search history (URL, workspace, error, body)</source>
        <translation>Geçmişte ara (URL, çalışma alanı, hata, gövde)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>&amp;Yeniden Çalıştır</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geçmiş&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Geçmişte ara</translation>
    </message>
    <message>
        <source>Calls in the history</source>
        <translation>Geçmişteki çağrılar</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::InputGridView</name>
    <message>
        <source>Clear cells</source>
        <translation>Hücreleri temizle</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Sütun Ekle</translation>
    </message>
    <message>
        <source>Column name:</source>
        <translation>Sütun adı:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Insert Row Below</source>
        <translation>Alta Satır Ekle</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Satırları Sil</translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation>Satırı Yukarı Taşı</translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation>Satırı Aşağı Taşı</translation>
    </message>
    <message>
        <source>Add Column…</source>
        <translation>Sütun Ekle…</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Sütunu Sil</translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation>Sütunu Sola Taşı</translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation>Sütunu Sağa Taşı</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::InputTableModel</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 zorunlu</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 şunlardan biri olmalı: %2</translation>
    </message>
    <message>
        <source>%1 must be a %2 value</source>
        <translation>%1 bir %2 değeri olmalı</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, zorunlu</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>hücre düzenleme</translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation>satır ekleme</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>satır silme</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>satır taşıma</translation>
    </message>
    <message>
        <source>Insert column</source>
        <translation>sütun ekleme</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>sütun silme</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>sütun taşıma</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>satır %1: %2</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::JobListModel</name>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Geçen süre</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Gönderim</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>İndirilen</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n anahtar}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n öğe]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::KeychainBanner</name>
    <message>
        <source>Keep keys for this session only</source>
        <translation>Anahtarları yalnızca bu oturum için tut</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; ScoreDesk keeps keys only in the keychain and never writes them to a file, so it cannot save keys now.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;b&gt;Kullanılabilir bir sistem anahtarlığı yok.&lt;/b&gt; ScoreDesk anahtarları yalnızca anahtarlıkta tutar, hiçbir zaman bir dosyaya yazmaz; bu yüzden şu anda anahtar kaydedemiyor.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys are kept for this session only.&lt;/b&gt; They stay in memory and are forgotten when ScoreDesk quits; workspace definitions are still saved.</source>
        <translation>&lt;b&gt;Anahtarlar yalnızca bu oturum için tutuluyor.&lt;/b&gt; Bellekte kalırlar ve ScoreDesk kapanınca unutulurlar; çalışma alanı tanımları yine de kaydedilir.</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>Çalışma Alanları</translation>
    </message>
    <message>
        <source>Request / Response</source>
        <translation>İstek / Yanıt</translation>
    </message>
    <message>
        <source>Batch Jobs</source>
        <translation>Toplu İşler</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Kullanım</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Çalışma &amp;alanı:</translation>
    </message>
    <message>
        <source>no workspace yet</source>
        <translation>henüz çalışma alanı yok</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Yeni Çalışma Alanı…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;İşler</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>İs&amp;tek</translation>
    </message>
    <message>
        <source>Export API Definition</source>
        <translation>API Tanımını Dışa Aktar</translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first.</source>
        <translation>Önce araç çubuğundan bir çalışma alanı seçin.</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json)</source>
        <translation>OpenAPI belgeleri (*.json)</translation>
    </message>
    <message>
        <source>Reading the description of %1…</source>
        <translation>%1 hizmetinin açıklaması okunuyor…</translation>
    </message>
    <message>
        <source>Wrote the API definition of %1 to %2.</source>
        <translation>%1 hizmetinin API tanımı %2 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Wrote the API definition of %1 to %2, with generic schemas: %3</source>
        <translation>%1 hizmetinin API tanımı %2 dosyasına genel şemalarla yazıldı: %3</translation>
    </message>
    <message>
        <source>About ScoreDesk</source>
        <translation>ScoreDesk Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ScoreDesk %1&lt;/h3&gt;&lt;p&gt;Call, test and run machine-learning scoring web services (Azure ML Studio classic, directly or through an API gateway).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ScoreDesk %1&lt;/h3&gt;&lt;p&gt;Makine öğrenmesi puanlama web hizmetlerini çağırın, deneyin ve çalıştırın (Azure ML Studio klasik, doğrudan ya da bir API ağ geçidi üzerinden).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>ScoreDesk speaks this language already.</source>
        <translation>ScoreDesk zaten bu dilde.</translation>
    </message>
    <message>
        <source>The language changes when ScoreDesk starts again.</source>
        <translation>Dil, ScoreDesk yeniden başladığında değişir.</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::OutputViewer</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>%1 — ScoreDesk</source>
        <translation>%1 — ScoreDesk</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSV table: %2</source>
        <translation>%1 bir CSV tablosu değil: %2</translation>
    </message>
    <message>
        <source>%1 · %2 rows, %3 columns</source>
        <translation>%1 · %2 satır, %3 sütun</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::ParametersForm</name>
    <message>
        <source>This service has no global parameters.</source>
        <translation>Bu hizmetin genel parametresi yok.</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 ile %2 arası</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RawBodyEditor</name>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Biçimlendir</translation>
    </message>
    <message>
        <source>The JSON body to send as it is, e.g. {&quot;data&quot;: [[1, 2, 3]]}</source>
        <translation>Olduğu gibi gönderilecek JSON gövdesi, ör. {&quot;data&quot;: [[1, 2, 3]]}</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation>JSON’u girintile (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Gövde boş.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>%1 konumunda geçerli JSON değil: %2</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation>
            <numerusform>Geçerli JSON, %n bayt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::ResponsePanel</name>
    <message>
        <source>Press Send (Ctrl+Enter) to call the service.</source>
        <translation>Hizmeti çağırmak için Gönder’e basın (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Show Raw Response</source>
        <translation>Ham Yanıtı Göster</translation>
    </message>
    <message>
        <source>&amp;Use These Inputs</source>
        <translation>Bu Girdileri &amp;Kullan</translation>
    </message>
    <message>
        <source>Put this call&apos;s inputs in the grid (Undo brings yours back)</source>
        <translation>Bu çağrının girdilerini tabloya koy (Geri Al sizinkileri geri getirir)</translation>
    </message>
    <message>
        <source>Find in the JSON (Ctrl+F)</source>
        <translation>JSON’da bul (Ctrl+F)</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON’u Kopyala</translation>
    </message>
    <message>
        <source>Copy the answer&apos;s JSON as the service sent it</source>
        <translation>Yanıtın JSON’unu hizmetin gönderdiği gibi kopyala</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Tabloyu Kopyala</translation>
    </message>
    <message>
        <source>Copy the shown output, with its header row, for a spreadsheet</source>
        <translation>Gösterilen çıktıyı başlık satırıyla birlikte bir hesap tablosu için kopyala</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <source>The call of %1, from the history (read-only) · %2</source>
        <translation>%1 tarihli çağrı, geçmişten (salt okunur) · %2</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 sn</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Yanıt yok</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source> · answered by deployment &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · yanıtlayan dağıtım: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · %1 ms · sent %2 · received %3 · POST %4</source>
        <translation> · %1 ms · gönderilen %2 · alınan %3 · POST %4</translation>
    </message>
    <message>
        <source>The answer is not a table (no list of predictions in it): it is shown as JSON.</source>
        <translation>Yanıt bir tablo değil (içinde tahmin listesi yok): JSON olarak gösteriliyor.</translation>
    </message>
    <message numerus="yes">
        <source> (the service says to wait %n second(s))</source>
        <translation>
            <numerusform> (hizmet %n saniye beklemeyi söylüyor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n satır)</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Ham JSON</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Başlıklar</translation>
    </message>
    <message>
        <source>The answer is %1; its first %2 as received:

%3</source>
        <translation>Yanıt %1; geldiği gibi ilk %2:

%3</translation>
    </message>
    <message>
        <source>Export Output</source>
        <translation>Çıktıyı Dışa Aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 yazılamıyor</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Output table %1</source>
        <translation>%1 çıktı tablosu</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RetryCountdown</name>
    <message numerus="yes">
        <source>HTTP 429: the rate limit is reached. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>HTTP 429: hız sınırına ulaşıldı. %n saniye sonra yeniden deneniyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1: the service asks to wait. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>HTTP %1: hizmet beklemeyi istiyor. %n saniye sonra yeniden deneniyor…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RrsExchange</name>
    <message>
        <source>Preparing the request…</source>
        <translation>İstek hazırlanıyor…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>Waiting for the service…</source>
        <translation>Hizmet bekleniyor…</translation>
    </message>
    <message>
        <source>Reading the response…</source>
        <translation>Yanıt okunuyor…</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RrsPage</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Swagger format</source>
        <translation>Swagger biçimi</translation>
    </message>
    <message>
        <source>&amp;Auto-send</source>
        <translation>&amp;Otomatik gönder</translation>
    </message>
    <message>
        <source>Global parameters</source>
        <translation>Genel parametreler</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>İsteği gönder (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation>İsteği iptal et (Esc)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İptal</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;İçe Aktar…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV &amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>Add &amp;Row</source>
        <translation>&amp;Satır Ekle</translation>
    </message>
    <message>
        <source>Remove Ro&amp;ws</source>
        <translation>Satırları Si&amp;l</translation>
    </message>
    <message>
        <source>Add &amp;Column…</source>
        <translation>Sü&amp;tun Ekle…</translation>
    </message>
    <message>
        <source>&amp;Reload Description</source>
        <translation>Açıklamayı &amp;Yeniden Oku</translation>
    </message>
    <message>
        <source>C&amp;ode…</source>
        <translation>K&amp;od…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri Al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>Raw &amp;JSON Body</source>
        <translation>Ham &amp;JSON Gövdesi</translation>
    </message>
    <message>
        <source>Send rows as a list of objects (format=swagger) instead of ColumnNames and Values</source>
        <translation>Satırları ColumnNames ve Values yerine nesne listesi olarak gönder (format=swagger)</translation>
    </message>
    <message>
        <source>Send a moment after each edit, like the Excel add-in&apos;s auto-predict. A grid with invalid cells is not sent; an edit cancels the call in flight; a rate limit pauses it.</source>
        <translation>Her düzenlemeden kısa bir süre sonra gönder, Excel eklentisinin otomatik tahmini gibi. Geçersiz hücreli bir tablo gönderilmez; yeni bir düzenleme süren çağrıyı iptal eder; hız sınırı gönderimi duraklatır.</translation>
    </message>
    <message>
        <source>Auto-send is paused while the rate limit is waited out (%1 s); your edits are sent after.</source>
        <translation>Hız sınırı beklenirken otomatik gönderim duraklatıldı (%1 sn); düzenlemeleriniz ardından gönderilecek.</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation>Geçmiş kapalı: %1</translation>
    </message>
    <message>
        <source>Auto-send waits until this is fixed: %1</source>
        <translation>Otomatik gönderim bu düzeltilene kadar bekliyor: %1</translation>
    </message>
    <message>
        <source>online endpoint %1</source>
        <translation>çevrimiçi uç nokta %1</translation>
    </message>
    <message>
        <source>online endpoint %1, deployment %2</source>
        <translation>çevrimiçi uç nokta %1, dağıtım %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No workspace&lt;/b&gt; — add one on the Workspaces page and choose it in the toolbar.</source>
        <translation>&lt;b&gt;Çalışma alanı yok&lt;/b&gt; — Çalışma Alanları sayfasında bir tane ekleyin ve araç çubuğundan seçin.</translation>
    </message>
    <message>
        <source>No description of this service is kept yet, so the grid has no typed columns. Reload Description (F5) reads it: one call through the gateway.</source>
        <translation>Bu hizmetin açıklaması henüz saklanmadı, bu yüzden tablonun sütunlarının türü yok. Açıklamayı Yeniden Oku (F5) onu okur: ağ geçidi üzerinden tek bir çağrı.</translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar to send to</source>
        <translation>Göndermek için araç çubuğundan bir çalışma alanı seçin</translation>
    </message>
    <message>
        <source>Nothing is being sent</source>
        <translation>Gönderilmekte olan bir şey yok</translation>
    </message>
    <message>
        <source>The grid has %1 rows, too many to edit as text: write the body, or send the grid as it is.</source>
        <translation>Tabloda %1 satır var, metin olarak düzenlemek için çok fazla: gövdeyi kendiniz yazın ya da tabloyu olduğu gibi gönderin.</translation>
    </message>
    <message>
        <source>Reading the service description…</source>
        <translation>Hizmet açıklaması okunuyor…</translation>
    </message>
    <message>
        <source>No service description, so the grid has no typed columns: %1</source>
        <translation>Hizmet açıklaması yok, bu yüzden tablonun sütunlarının türü yok: %1</translation>
    </message>
    <message>
        <source>The service refused the request. If its inputs changed, Reload Description (F5) reads them again (one gateway call).</source>
        <translation>Hizmet isteği reddetti. Girdileri değiştiyse Açıklamayı Yeniden Oku (F5) onları yeniden okur (tek bir ağ geçidi çağrısı).</translation>
    </message>
    <message>
        <source>The service&apos;s inputs changed: the grid has the columns it describes now, with your rows.</source>
        <translation>Hizmetin girdileri değişti: tablo artık hizmetin tanımladığı sütunlara sahip, satırlarınız yerinde.</translation>
    </message>
    <message>
        <source>%1 has no column %2, which the service requires</source>
        <translation>%1 içinde hizmetin zorunlu tuttuğu %2 sütunu yok</translation>
    </message>
    <message>
        <source>%1 has no columns: import a CSV file or add columns</source>
        <translation>%1 içinde sütun yok: bir CSV dosyası içe aktarın ya da sütun ekleyin</translation>
    </message>
    <message>
        <source>Choose a workspace in the toolbar first.</source>
        <translation>Önce araç çubuğundan bir çalışma alanı seçin.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>Not sent. Fix these first:
• %1</source>
        <translation>Gönderilmedi. Önce bunları düzeltin:
• %1</translation>
    </message>
    <message>
        <source>The answer of %1 is in the history.</source>
        <translation>%1 çağrısının yanıtı geçmişte.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV İçe Aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.tsv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation>%1 okunuyor… %%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 içe aktarılmadı: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 içe aktarma</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>%1 dosyasından %n satır içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV Dışa Aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 yazılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n satır %1 dosyasına aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 yazılamıyor</translation>
    </message>
    <message>
        <source>The stored request cannot be shown as a table (%1).</source>
        <translation>Saklanan istek tablo olarak gösterilemiyor (%1).</translation>
    </message>
    <message>
        <source>Use Inputs from History</source>
        <translation>Geçmişteki Girdileri Kullan</translation>
    </message>
    <message>
        <source>Use These Inputs</source>
        <translation>Bu Girdileri Kullan</translation>
    </message>
    <message>
        <source>That call had other inputs than the grid has now. Replace the grid with them? This cannot be undone.</source>
        <translation>O çağrının girdileri tablodakilerden farklı. Tablo onlarla değiştirilsin mi? Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>The inputs of that call are in the grid; Undo (Ctrl+Z) brings yours back.</source>
        <translation>O çağrının girdileri tabloda; Geri Al (Ctrl+Z) sizinkileri geri getirir.</translation>
    </message>
    <message>
        <source>The inputs of that call are in the grid.</source>
        <translation>O çağrının girdileri tabloda.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; of that call no longer exists.</source>
        <translation>O çağrının &quot;%1&quot; çalışma alanı artık yok.</translation>
    </message>
    <message>
        <source>That request was too large to keep whole in the history, so it cannot be sent again.</source>
        <translation>O istek geçmişte bütün olarak saklanamayacak kadar büyüktü, bu yüzden yeniden gönderilemez.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Geri alınacak bir şey yok</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>Geri al: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Yinelenecek bir şey yok</translation>
    </message>
    <message>
        <source>Redo %1 (%2)</source>
        <translation>Yinele: %1 (%2)</translation>
    </message>
    <message>
        <source>Input tables</source>
        <translation>Girdi tabloları</translation>
    </message>
    <message>
        <source>Input table %1</source>
        <translation>%1 girdi tablosu</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::SnippetsDialog</name>
    <message>
        <source>Reveal keys in the code (they are read from environment variables otherwise)</source>
        <translation>Anahtarları kodda göster (aksi halde ortam değişkenlerinden okunurlar)</translation>
    </message>
    <message>
        <source>Code for This Request</source>
        <translation>Bu İsteğin Kodu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::UsagePage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usage&lt;/b&gt; of your calls and batch jobs, from this computer&apos;s history</source>
        <translation>Çağrılarınızın ve toplu işlerinizin &lt;b&gt;kullanımı&lt;/b&gt;, bu bilgisayarın geçmişinden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Son 24 saat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Aralık:</translation>
    </message>
    <message>
        <source>W&amp;orkspace:</source>
        <translation>Ça&amp;lışma alanı:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV &amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>Write the calls per period and workspace, and the totals, as CSV</source>
        <translation>Dönem ve çalışma alanı başına çağrıları ve toplamları CSV olarak yaz</translation>
    </message>
    <message>
        <source>Calls per period</source>
        <translation>Dönem başına çağrılar</translation>
    </message>
    <message>
        <source>Calls by outcome</source>
        <translation>Sonuca göre çağrılar</translation>
    </message>
    <message>
        <source>Batch jobs by state</source>
        <translation>Duruma göre toplu işler</translation>
    </message>
    <message>
        <source>History is off, so there is nothing to count: %1</source>
        <translation>Geçmiş kapalı, bu yüzden sayılacak bir şey yok: %1</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Tüm çalışma alanları</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; batch jobs, half of those that ended took under %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; toplu iş; bitenlerin yarısı %2 altında sürdü</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; batch jobs</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; toplu iş</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; calls, %2% succeeded · latency &lt;b&gt;%3 ms&lt;/b&gt; median, &lt;b&gt;%4 ms&lt;/b&gt; for the slowest 5% · &lt;b&gt;%5&lt;/b&gt; throttled (429/503), %6 waited out a limit for %7 in all · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; çağrı, %%2 başarılı · gecikme ortanca &lt;b&gt;%3 ms&lt;/b&gt;, en yavaş yüzde 5 için &lt;b&gt;%4 ms&lt;/b&gt; · &lt;b&gt;%5&lt;/b&gt; kısıtlandı (429/503), %6 çağrı bir sınırı toplam %7 bekledi · %8</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Çağrılar</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation>Reddedildi (4xx)</translation>
    </message>
    <message>
        <source>Throttled (429/503)</source>
        <translation>Kısıtlandı (429/503)</translation>
    </message>
    <message>
        <source>Service failed (5xx)</source>
        <translation>Hizmet hatası (5xx)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Yanıt yok</translation>
    </message>
    <message>
        <source>Answer not readable</source>
        <translation>Yanıt okunamadı</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>İşler</translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation>Kullanımı Dışa Aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the usage to %1.</source>
        <translation>Kullanım %1 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>The usage was not written: %1</source>
        <translation>Kullanım yazılamadı: %1</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::WorkspaceDetails</name>
    <message>
        <source>yes, with a subscription key</source>
        <translation>evet, abonelik anahtarıyla</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>%1 ile bağlantı deneniyor…</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::WorkspaceDialog</name>
    <message>
        <source>Edit Workspace</source>
        <translation>Çalışma Alanını Düzenle</translation>
    </message>
    <message>
        <source>Add Workspace</source>
        <translation>Çalışma Alanı Ekle</translation>
    </message>
    <message>
        <source>required</source>
        <translation>zorunlu</translation>
    </message>
    <message>
        <source>Keys (kept for this session only: no keychain is available)</source>
        <translation>Anahtarlar (yalnızca bu oturum için tutulur: anahtarlık yok)</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Anahtarı göster ya da gizle</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>anahtarlıkta saklı; değiştirmek için yazın</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>saklanmadı</translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation>Anahtar ya &amp;da belirteç:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API a&amp;nahtarı:</translation>
    </message>
    <message>
        <source>This key is a token that expires on %1.</source>
        <translation>Bu anahtar, süresi %1 tarihinde dolan bir belirteç.</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s key or token.</source>
        <translation>Uç noktanın anahtarını ya da belirtecini girin.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s API key.</source>
        <translation>Hizmetin API anahtarını girin.</translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s subscription key, or untick &quot;Behind an API gateway&quot;.</source>
        <translation>Ağ geçidinin abonelik anahtarını girin ya da &quot;Bir API ağ geçidinin ardında&quot; seçeneğini kaldırın.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::WorkspacesPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Bağlantıyı &amp;Dene</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe Aktar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Dışa A&amp;ktar…</translation>
    </message>
    <message>
        <source>No workspace selected</source>
        <translation>Seçili çalışma alanı yok</translation>
    </message>
    <message>
        <source>Add a workspace (Ctrl+N) for each service you call: its API location, an optional API gateway, and keys that stay in your system keychain.</source>
        <translation>Çağırdığınız her hizmet için bir çalışma alanı ekleyin (Ctrl+N): API konumu, isteğe bağlı bir API ağ geçidi ve sistem anahtarlığınızda kalan anahtarlar.</translation>
    </message>
    <message>
        <source>Keys will be kept in memory until ScoreDesk quits.</source>
        <translation>Anahtarlar ScoreDesk kapanana kadar bellekte tutulacak.</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; çalışma alanı eklendi.</translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; çalışma alanı kaydedildi.</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Çalışma Alanını Sil</translation>
    </message>
    <message>
        <source>Delete the workspace &quot;%1&quot; and remove its keys from the keychain?</source>
        <translation>&quot;%1&quot; çalışma alanı silinsin ve anahtarları anahtarlıktan kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Deleted workspace &quot;%1&quot; and its keys.</source>
        <translation>&quot;%1&quot; çalışma alanı ve anahtarları silindi.</translation>
    </message>
    <message>
        <source>Import Workspaces</source>
        <translation>Çalışma Alanlarını İçe Aktar</translation>
    </message>
    <message>
        <source>Workspace definitions (*.json)</source>
        <translation>Çalışma alanı tanımları (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 içe aktarılmadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workspace(s). Keys are never part of an export: enter them with Edit.</source>
        <translation>
            <numerusform>%n çalışma alanı içe aktarıldı. Anahtarlar hiçbir zaman dışa aktarılmaz: onları Düzenle ile girin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Workspaces</source>
        <translation>Çalışma Alanlarını Dışa Aktar</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 yazılamıyor</translation>
    </message>
    <message>
        <source>Exported the workspace definitions (without keys) to %1.</source>
        <translation>Çalışma alanı tanımları (anahtarsız) %1 dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Çalışma Alanları</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BatchRunner</name>
    <message>
        <source>job %1 is not in the job list</source>
        <translation>%1 işi iş listesinde yok</translation>
    </message>
    <message>
        <source>job %1 has started already</source>
        <translation>%1 işi zaten başladı</translation>
    </message>
    <message>
        <source>job %1 has ended already</source>
        <translation>%1 işi zaten sona erdi</translation>
    </message>
    <message>
        <source>job %1 has not finished, so it has no outputs yet</source>
        <translation>%1 işi bitmedi, bu yüzden henüz çıktısı yok</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BatchSubmitJob</name>
    <message>
        <source>there is no usable storage connection string for &quot;%1&quot;%2</source>
        <translation>&quot;%1&quot; için kullanılabilir bir depolama bağlantı dizesi yok%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>the job needs a storage connection string for its input and outputs</source>
        <translation>işin, girdisi ve çıktıları için bir depolama bağlantı dizesine ihtiyacı var</translation>
    </message>
    <message>
        <source>job %1 was submitted but cannot be kept in the job list: %2</source>
        <translation>%1 işi gönderildi ama iş listesinde tutulamıyor: %2</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BlobDownload</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>cannot write %1: %2. What was downloaded is kept; download again to resume.</source>
        <translation>%1 yazılamıyor: %2. İndirilen kısım saklandı; kaldığı yerden sürdürmek için yeniden indirin.</translation>
    </message>
    <message>
        <source>the download has %1 bytes but the blob has %2</source>
        <translation>indirilen veri %1 bayt, blob ise %2 bayt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>the downloaded bytes do not match the blob&apos;s MD5</source>
        <translation>indirilen baytlar blob’un MD5 değeriyle uyuşmuyor</translation>
    </message>
    <message>
        <source>cannot move the download into place at %1</source>
        <translation>indirilen dosya %1 konumuna taşınamıyor</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BlobList</name>
    <message>
        <source>the blob listing does not come to an end</source>
        <translation>blob listesi bir türlü bitmiyor</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::BlobUpload</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::ConnectionTest</name>
    <message>
        <source>Reached %1</source>
        <translation>%1 adresine ulaşıldı</translation>
    </message>
    <message>
        <source>Secure connection (TLS): %1</source>
        <translation>Güvenli bağlantı (TLS): %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 ile güvenli bağlantı kurulamadı: %2</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>%1 yanıt vermedi</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your network or proxy.</source>
        <translation>%1 zamanında yanıt vermedi. Adresi ve ağınızı ya da vekil sunucunuzu denetleyin.</translation>
    </message>
    <message>
        <source>Look up %1 (DNS)</source>
        <translation>%1 adını çözümle (DNS)</translation>
    </message>
    <message>
        <source>The name %1 could not be found (DNS). Check the API location for typos.</source>
        <translation>%1 adı bulunamadı (DNS). API konumunda yazım hatası olup olmadığına bakın.</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>%1 adını çözümle</translation>
    </message>
    <message>
        <source>Connect to %1: refused</source>
        <translation>%1 ile bağlantı: reddedildi</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is the service running?</source>
        <translation>%1 adresinde dinleyen bir şey yok (bağlantı reddedildi). Hizmet çalışıyor mu?</translation>
    </message>
    <message>
        <source>Connect to %1: %2</source>
        <translation>%1 ile bağlantı: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 adresine ulaşılamadı: %2</translation>
    </message>
    <message>
        <source>Secure connection (TLS) verified</source>
        <translation>Güvenli bağlantı (TLS) doğrulandı</translation>
    </message>
    <message>
        <source>Read the service description</source>
        <translation>Hizmet açıklamasını oku</translation>
    </message>
    <message>
        <source>%1 answered, but not with a service description. Is this the service&apos;s API location?</source>
        <translation>%1 yanıt verdi ama bir hizmet açıklamasıyla değil. Bu, hizmetin API konumu mu?</translation>
    </message>
    <message>
        <source>The API gateway accepted the subscription key</source>
        <translation>API ağ geçidi abonelik anahtarını kabul etti</translation>
    </message>
    <message>
        <source>The service accepted the API key</source>
        <translation>Hizmet API anahtarını kabul etti</translation>
    </message>
    <message numerus="yes">
        <source>Read the service description: %n input column(s)</source>
        <translation>
            <numerusform>Hizmet açıklaması okundu: %n girdi sütunu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n global parameter(s)</source>
        <translation>
            <numerusform>, %n genel parametre</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Bağlandı.</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; ile bağlantı kuruldu.</translation>
    </message>
    <message>
        <source>The API gateway wants a subscription key</source>
        <translation>API ağ geçidi bir abonelik anahtarı istiyor</translation>
    </message>
    <message>
        <source>The API gateway refused the subscription key</source>
        <translation>API ağ geçidi abonelik anahtarını reddetti</translation>
    </message>
    <message>
        <source>The API gateway needs a subscription key: enter it in the workspace (and tick &quot;behind an API gateway&quot;).</source>
        <translation>API ağ geçidi bir abonelik anahtarı istiyor: onu çalışma alanına girin (ve &quot;bir API ağ geçidinin ardında&quot; seçeneğini işaretleyin).</translation>
    </message>
    <message>
        <source>The API gateway refused the subscription key. Copy it again from the developer portal.</source>
        <translation>API ağ geçidi abonelik anahtarını reddetti. Anahtarı geliştirici portalından yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>The service refused the API key</source>
        <translation>Hizmet API anahtarını reddetti</translation>
    </message>
    <message>
        <source>The service refused the API key. Copy it again from the service&apos;s dashboard.</source>
        <translation>Hizmet API anahtarını reddetti. Anahtarı hizmetin panosundan yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>Find the service</source>
        <translation>Hizmeti bul</translation>
    </message>
    <message>
        <source>The workspace in the API location does not exist.</source>
        <translation>API konumundaki çalışma alanı yok.</translation>
    </message>
    <message>
        <source>The service in the API location does not exist in that workspace.</source>
        <translation>API konumundaki hizmet o çalışma alanında yok.</translation>
    </message>
    <message>
        <source>Nothing was found at that API location (404). Check the path, and the gateway&apos;s API suffix.</source>
        <translation>O API konumunda hiçbir şey bulunamadı (404). Yolu ve ağ geçidinin API sonekini denetleyin.</translation>
    </message>
    <message>
        <source>The API gateway limited the call</source>
        <translation>API ağ geçidi çağrıyı sınırladı</translation>
    </message>
    <message>
        <source>The API gateway is limiting calls: %1</source>
        <translation>API ağ geçidi çağrıları sınırlıyor: %1</translation>
    </message>
    <message>
        <source>The service answered %1</source>
        <translation>Hizmet %1 ile yanıt verdi</translation>
    </message>
    <message>
        <source>The service answered with an error: %1</source>
        <translation>Hizmet bir hatayla yanıt verdi: %1</translation>
    </message>
    <message>
        <source>The endpoint refused the key or token</source>
        <translation>Uç nokta anahtarı ya da belirteci reddetti</translation>
    </message>
    <message>
        <source>The endpoint refused the key or token. Copy a key again from the endpoint&apos;s Consume page (or get a new token: az ml online-endpoint get-credentials).</source>
        <translation>Uç nokta anahtarı ya da belirteci reddetti. Uç noktanın Consume sayfasından bir anahtarı yeniden kopyalayın (ya da yeni bir belirteç alın: az ml online-endpoint get-credentials).</translation>
    </message>
    <message>
        <source>The endpoint accepted the key</source>
        <translation>Uç nokta anahtarı kabul etti</translation>
    </message>
    <message>
        <source>No swagger.json: the scoring script declares no schema, so the grid has no typed columns</source>
        <translation>swagger.json yok: puanlama betiği bir şema bildirmiyor, bu yüzden tablonun sütunlarının türü yok</translation>
    </message>
    <message>
        <source>Connected. The endpoint publishes no description: import a CSV file or add columns by hand.</source>
        <translation>Bağlandı. Uç nokta bir açıklama yayımlamıyor: bir CSV dosyası içe aktarın ya da sütunları elle ekleyin.</translation>
    </message>
</context>
<context>
    <name>ScoreDesk::JobPoller</name>
    <message>
        <source>The service no longer knows this job.</source>
        <translation>Hizmet bu işi artık tanımıyor.</translation>
    </message>
    <message>
        <source>%1 is there already and was not replaced</source>
        <translation>%1 zaten var ve değiştirilmedi</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>%1 indirilemedi: %2</translation>
    </message>
    <message>
        <source>the outputs could not all be downloaded</source>
        <translation>çıktıların hepsi indirilemedi</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>gateway subscription key</source>
        <translation>ağ geçidi abonelik anahtarı</translation>
    </message>
    <message>
        <source>storage connection string</source>
        <translation>depolama bağlantı dizesi</translation>
    </message>
    <message>
        <source>The %1 holds a line break or another control character; a real one never does (was it pasted with a newline?).</source>
        <translation>%1 bir satır sonu ya da başka bir denetim karakteri içeriyor; gerçeğinde bu hiç olmaz (yeni satırla mı yapıştırıldı?).</translation>
    </message>
</context>
<context>
    <name>ServiceEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; geçerli bir URL değil</translation>
    </message>
    <message>
        <source>the URL must start with https:// (or http:// for a local service)</source>
        <translation>URL https:// ile başlamalı (yerel bir hizmet için http://)</translation>
    </message>
    <message>
        <source>the URL must end in /workspaces/{workspace}/services/{service} (a classic service) or in /score (an online endpoint)</source>
        <translation>URL /workspaces/{workspace}/services/{service} (klasik hizmet) ya da /score (çevrimiçi uç nokta) ile bitmeli</translation>
    </message>
</context>
<context>
    <name>ServiceSchema</name>
    <message>
        <source>the endpoint&apos;s description names no input columns</source>
        <translation>uç noktanın açıklaması hiçbir girdi sütunu adlandırmıyor</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 şunlardan biri olmalı: %2</translation>
    </message>
    <message>
        <source>%1 must be a %2 value</source>
        <translation>%1 bir %2 değeri olmalı</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 en az %2 olmalı</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 en çok %2 olmalı</translation>
    </message>
    <message>
        <source>the service description is not JSON (%1)</source>
        <translation>hizmet açıklaması JSON değil (%1)</translation>
    </message>
    <message>
        <source>the service description has no definitions</source>
        <translation>hizmet açıklamasında tanım (definitions) yok</translation>
    </message>
    <message>
        <source>the service description names no input ports</source>
        <translation>hizmet açıklaması hiçbir girdi bağlantı noktası adlandırmıyor</translation>
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
        <translation>%1 sertifikası doğrulanamadı:
• %2

Verildiği: %3
Veren: %4
SHA-256: %5

Bu sertifikaya ScoreDesk kapanana kadar güvenilsin mi? Bunu yalnızca tanıdığınız bir hizmet için, örneğin kendi ağınızdaki biri için yapın.</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Güvenilmeyen Sertifika</translation>
    </message>
    <message>
        <source>Trust for This Session</source>
        <translation>Bu Oturum İçin Güven</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>%1 (%2) cannot be used: %3</source>
        <translation>%1 (%2) kullanılamıyor: %3</translation>
    </message>
    <message>
        <source>it was written by a newer ScoreDesk (schema %1; this one knows up to %2)</source>
        <translation>daha yeni bir ScoreDesk tarafından yazılmış (şema %1; bu sürüm en çok %2 sürümünü tanıyor)</translation>
    </message>
</context>
<context>
    <name>StorageAccount</name>
    <message>
        <source>the connection string has a part without &apos;=&apos; in it</source>
        <translation>bağlantı dizesinin içinde &apos;=&apos; olmayan bir parça var</translation>
    </message>
    <message>
        <source>AccountKey is not valid base64</source>
        <translation>AccountKey geçerli base64 değil</translation>
    </message>
    <message>
        <source>the connection string has neither AccountKey nor SharedAccessSignature</source>
        <translation>bağlantı dizesinde ne AccountKey ne de SharedAccessSignature var</translation>
    </message>
    <message>
        <source>BlobEndpoint is not a valid URL</source>
        <translation>BlobEndpoint geçerli bir URL değil</translation>
    </message>
    <message>
        <source>the connection string has no AccountName</source>
        <translation>bağlantı dizesinde AccountName yok</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System Language</source>
        <translation>Sistem Dili</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The token of &quot;%1&quot; has expired: get a new one (az ml online-endpoint get-credentials) and edit the workspace.</source>
        <translation>&quot;%1&quot; belirtecinin süresi doldu: yenisini alın (az ml online-endpoint get-credentials) ve çalışma alanını düzenleyin.</translation>
    </message>
    <message numerus="yes">
        <source>The token of &quot;%1&quot; expires in %n minute(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; belirtecinin süresi %n dakika içinde doluyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace needs a name.</source>
        <translation>Çalışma alanının bir adı olmalı.</translation>
    </message>
    <message>
        <source>API location: %1.</source>
        <translation>API konumu: %1.</translation>
    </message>
    <message>
        <source>A deployment name holds only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Dağıtım adında yalnızca harf, rakam, &apos;-&apos; ve &apos;_&apos; bulunur.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDetails</name>
    <message>
        <source>Workspace name</source>
        <translation>Çalışma alanı adı</translation>
    </message>
    <message>
        <source>API location:</source>
        <translation>API konumu:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API sürümü:</translation>
    </message>
    <message>
        <source>API gateway:</source>
        <translation>API ağ geçidi:</translation>
    </message>
    <message>
        <source>Blob container:</source>
        <translation>Blob kapsayıcısı:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notlar:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Bağlantıyı &amp;Dene</translation>
    </message>
    <message>
        <source>Fetch the service&apos;s description with the stored keys and say what worked (Ctrl+T)</source>
        <translation>Saklı anahtarlarla hizmetin açıklamasını getir ve neyin çalıştığını söyle (Ctrl+T)</translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation>Bağlantı denemesinin adımları</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Workspace</source>
        <translation>Çalışma Alanı</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>e.g. Production scoring</source>
        <translation>ör. Üretim puanlaması</translation>
    </message>
    <message>
        <source>API &amp;location:</source>
        <translation>API konu&amp;mu:</translation>
    </message>
    <message>
        <source>https://…/workspaces/{workspace}/services/{service} or https://….inference.ml.azure.com/score</source>
        <translation>https://…/workspaces/{workspace}/services/{service} ya da https://….inference.ml.azure.com/score</translation>
    </message>
    <message>
        <source>Taken from the API location (a URL ending in /score is an online endpoint); change it when a gateway URL says otherwise</source>
        <translation>API konumundan çıkarılır (/score ile biten bir URL çevrimiçi uç noktadır); bir ağ geçidi URL’si başka bir şey söylüyorsa değiştirin</translation>
    </message>
    <message>
        <source>Classic web service (request/response and batch)</source>
        <translation>Klasik web hizmeti (istek/yanıt ve toplu iş)</translation>
    </message>
    <message>
        <source>Azure ML online endpoint (/score)</source>
        <translation>Azure ML çevrimiçi uç noktası (/score)</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>Da&amp;ğıtım:</translation>
    </message>
    <message>
        <source>e.g. blue (empty: the endpoint&apos;s traffic split)</source>
        <translation>ör. blue (boş: uç noktanın trafik dağılımı)</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API &amp;sürümü:</translation>
    </message>
    <message>
        <source>2.0</source>
        <translation>2.0</translation>
    </message>
    <message>
        <source>Behind an API &amp;gateway (needs a subscription key)</source>
        <translation>Bir API ağ &amp;geçidinin ardında (abonelik anahtarı gerekir)</translation>
    </message>
    <message>
        <source>blob container for batch jobs (optional)</source>
        <translation>toplu işler için blob kapsayıcısı (isteğe bağlı)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otlar:</translation>
    </message>
    <message>
        <source>Allow plain &amp;http:// to this host (keys travel unencrypted)</source>
        <translation>Bu sunucuya düz &amp;http:// ile izin ver (anahtarlar şifrelenmeden gider)</translation>
    </message>
    <message>
        <source>Only for a test service on a network you trust: anyone on the way can read keys sent over http://</source>
        <translation>Yalnızca güvendiğiniz bir ağdaki deneme hizmeti için: http:// üzerinden giden anahtarları yoldaki herkes okuyabilir</translation>
    </message>
    <message>
        <source>Keys (kept in the system keychain only)</source>
        <translation>Anahtarlar (yalnızca sistem anahtarlığında tutulur)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API a&amp;nahtarı:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>S&amp;torage connection:</source>
        <translation>Depo&amp;lama bağlantısı:</translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=… (optional)</source>
        <translation>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=… (isteğe bağlı)</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Default containe&amp;r:</source>
        <translation>Varsayılan ka&amp;psayıcı:</translation>
    </message>
    <message>
        <source>The key is an &amp;aml_token, which expires at:</source>
        <translation>Anahtar bir aml_tok&amp;en; süresinin dolacağı an:</translation>
    </message>
    <message>
        <source>Su&amp;bscription key:</source>
        <translation>A&amp;bonelik anahtarı:</translation>
    </message>
</context>
<context>
    <name>WorkspaceManager</name>
    <message>
        <source>A workspace named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; adlı bir çalışma alanı zaten var.</translation>
    </message>
    <message>
        <source>Could not store the %1: %2</source>
        <translation>%1 saklanamadı: %2</translation>
    </message>
    <message>
        <source>Could not remove the %1 from the keychain: %2</source>
        <translation>%1 anahtarlıktan kaldırılamadı: %2</translation>
    </message>
    <message>
        <source>No %1 is stored for workspace &apos;%2&apos;.</source>
        <translation>&apos;%2&apos; çalışma alanı için saklı %1 yok.</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>geçerli JSON değil (%2. baytta %1)</translation>
    </message>
    <message>
        <source>not a ScoreDesk workspace list (no schemaVersion)</source>
        <translation>bir ScoreDesk çalışma alanı listesi değil (schemaVersion yok)</translation>
    </message>
    <message>
        <source>written by a newer ScoreDesk (schema %1; this one reads up to %2)</source>
        <translation>daha yeni bir ScoreDesk tarafından yazılmış (şema %1; bu sürüm en çok %2 sürümünü okuyor)</translation>
    </message>
    <message>
        <source>the &quot;workspaces&quot; list is missing</source>
        <translation>&quot;workspaces&quot; listesi eksik</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be used: %2. It was left untouched; fix or move it away to save workspaces again.</source>
        <translation>%1 çalışma alanı dosyası kullanılamıyor: %2. Dosyaya dokunulmadı; çalışma alanlarını yeniden kaydedebilmek için onu düzeltin ya da başka yere taşıyın.</translation>
    </message>
    <message>
        <source>The workspace file %1 could not be read, so it is not overwritten.</source>
        <translation>%1 çalışma alanı dosyası okunamadı, bu yüzden üzerine yazılmıyor.</translation>
    </message>
    <message>
        <source>Cannot save the workspaces: %1</source>
        <translation>Çalışma alanları kaydedilemiyor: %1</translation>
    </message>
    <message>
        <source>A workspace named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; adlı bir çalışma alanı zaten var.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; çalışma alanı: %2</translation>
    </message>
</context>
</TS>
