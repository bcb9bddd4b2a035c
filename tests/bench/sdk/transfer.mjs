// The baseline of bench_blob_transfer.py: what a developer would write with Microsoft's Storage
// SDK for JavaScript, its defaults as they come.
//   node transfer.mjs upload|download CONTAINER BLOB FILE   (connection string in SD_BENCH_STORAGE)
import { BlobServiceClient } from "@azure/storage-blob";

const [operation, container, blob, file] = process.argv.slice(2);
const service = BlobServiceClient.fromConnectionString(process.env.SD_BENCH_STORAGE);
const client = service.getContainerClient(container).getBlockBlobClient(blob);
if (operation === "upload") {
    await service.getContainerClient(container).createIfNotExists();
    await client.uploadFile(file);
} else if (operation === "download") {
    await client.downloadToFile(file);
} else {
    console.error(`unknown operation ${operation}`);
    process.exit(2);
}
