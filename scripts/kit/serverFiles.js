// The two small files the kit adds to the build: web.config, so that IIS serves the folder as is,
// and DOC-TRUOC.txt (read me first), which says what the folder is and where it must go.

/**
 * IIS: UTF-8 text types, no MIME sniffing, no referrer, and every response revalidated (the scripts
 * carry content hashes, so a redeploy is seen at once and nothing stale runs). Each page sets its own
 * Content-Security-Policy in a meta tag; a server-wide policy header would cut across them (the
 * one-file page runs its script by hash, the pane loads Office.js), so none is added here.
 */
function webConfig() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".js" />
      <mimeMap fileExtension=".js" mimeType="text/javascript; charset=utf-8" />
      <remove fileExtension=".xml" />
      <mimeMap fileExtension=".xml" mimeType="application/xml; charset=utf-8" />
      <remove fileExtension=".txt" />
      <mimeMap fileExtension=".txt" mimeType="text/plain; charset=utf-8" />
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
        <add name="X-Content-Type-Options" value="nosniff" />
        <add name="Referrer-Policy" value="no-referrer" />
      </customHeaders>
    </httpProtocol>
    <directoryBrowse enabled="false" />
  </system.webServer>
</configuration>
`;
}

function kitReadme(url, version) {
  return `xeploai ${version} — bộ cài add-in cho Excel / the Excel add-in's deployment kit

Thư mục này phải được đặt tại đúng địa chỉ / This folder must be served at exactly:
  ${url}

1. Chép toàn bộ nội dung thư mục lên một máy chủ web tĩnh có https (IIS: web.config đã kèm sẵn; nginx:
   xem docs/DEPLOY.md). Kiểm tra: mở ${url}help.html trong trình duyệt.
   Copy the whole folder onto any static https server (IIS: web.config is included; nginx: see
   docs/DEPLOY.md). Check: ${url}help.html opens in a browser.
2. Triển khai manifest.xml: Microsoft 365 admin center → Integrated apps (triển khai tập trung), danh mục
   ứng dụng SharePoint, hoặc thư mục chia sẻ (Trusted Add-in Catalogs) cho Excel trên Windows.
   Deploy manifest.xml: Microsoft 365 admin center → Integrated apps (centralised deployment), a
   SharePoint app catalog, or a shared-folder catalog (Trusted Add-in Catalogs) for Excel on Windows.
3. xeploai.html: cùng công cụ trong một tệp, mở thẳng từ đĩa, không cần cài đặt hay mạng; gửi cho các
   đơn vị chưa có add-in (Excel 2016/2019, WPS, LibreOffice).
   xeploai.html: the same tool in one file, opened from disk with nothing installed and no network;
   send it to offices without the add-in.

Cập nhật: chép bản mới đè lên cùng địa chỉ; manifest chỉ cần triển khai lại khi phiên bản add-in tăng.
Updating: copy the new build over the same address; redeploy the manifest only when its version rises.
`;
}

module.exports = { webConfig, kitReadme };
