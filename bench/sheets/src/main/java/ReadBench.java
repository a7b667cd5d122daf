/** Reads one .xlsx five times with POI 5.5.1's streaming event API or fastexcel-reader: time and peak heap (README, "Signing sheets"). */
import java.io.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;

public class ReadBench {
    interface Reader { int read(byte[] body) throws Exception; }

    public static void main(String[] args) throws Exception {
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        Reader reader = args[0].equals("poi") ? ReadBench::poi : ReadBench::fastexcel;
        for (int run = 1; run <= 5; run++) {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
            long before = heapUsed();
            long start = System.nanoTime();
            int cells = reader.read(body);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            System.out.printf("%s run %d: %d cells, %d ms, peak heap %d MB (baseline %d MB)%n", args[0], run, cells, ms,
                    peak >> 20, before >> 20);
        }
    }

    static long heapUsed() { return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(); }

    static int fastexcel(byte[] body) throws Exception {
        int cells = 0;
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(body),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
             var rows = wb.getFirstSheet().openStream()) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                for (var cell : it.next()) {
                    if (cell != null && cell.getRawValue() != null) { cell.getDataFormatString(); cells++; }
                }
            }
        }
        return cells;
    }

    static int poi(byte[] body) throws Exception {
        int[] cells = {0};
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(body))) {
            var reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var handler = new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                public void startRow(int r) {}
                public void endRow(int r) {}
                public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment c) { if (value != null) cells[0]++; }
            };
            var parserFactory = javax.xml.parsers.SAXParserFactory.newInstance();
            parserFactory.setNamespaceAware(true);
            try (InputStream sheet = reader.getSheetsData().next()) {
                var xml = parserFactory.newSAXParser().getXMLReader();
                xml.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(styles, strings, handler,
                        new org.apache.poi.ss.usermodel.DataFormatter(), false));
                xml.parse(new org.xml.sax.InputSource(sheet));
            }
        }
        return cells[0];
    }
}
