// A small zip writer (deflate from Node's zlib; no zip64, no encryption): enough for the deployment
// kit, and no new dependency. Names are UTF-8 (flag bit 11); every entry is checked by its CRC-32.
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time (local fields, two-second steps), as zip headers keep them. */
function dosTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/**
 * The bytes of a zip holding `entries` ({ name: "a/b.txt", bytes: Buffer }), in the given order.
 * @param {{ name: string, bytes: Buffer }[]} entries
 * @param {Date} date
 */
function zip(entries, date = new Date()) {
  const { time, day } = dosTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, bytes } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = zlib.deflateRawSync(bytes, { level: 9 });
    // Keep whichever is smaller: already-compressed files (png) are stored as they are.
    const stored = deflated.length >= bytes.length;
    const data = stored ? bytes : deflated;
    if (offset + data.length > 0xffffffff) throw new Error("zip: over 4 GB (zip64 is not written)");
    // The fields a local header and a central header share, from "version needed" to the name's length.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0
    common.writeUInt16LE(0x0800, 2); // UTF-8 names
    common.writeUInt16LE(stored ? 0 : 8, 4);
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(day, 8);
    common.writeUInt32LE(crc32(bytes), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(bytes.length, 18);
    common.writeUInt16LE(nameBytes.length, 22); // then the extra field's length, 0
    const localSig = Buffer.alloc(4);
    localSig.writeUInt32LE(0x04034b50, 0);
    const centralHead = Buffer.alloc(6);
    centralHead.writeUInt32LE(0x02014b50, 0);
    centralHead.writeUInt16LE(20, 4); // made by: version 2.0
    // After the shared fields: comment length, disk, internal and external attributes, all 0; the offset.
    const centralTail = Buffer.alloc(14);
    centralTail.writeUInt32LE(offset, 10);
    const local = Buffer.concat([localSig, common, nameBytes, data]);
    locals.push(local);
    centrals.push(Buffer.concat([centralHead, common, centralTail, nameBytes]));
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

module.exports = { zip, crc32 };
