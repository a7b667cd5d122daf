package cn.yanzhen.dashboard.api;

/**
 * The fixed parts of an exported workbook (ECMA-376): content types, relationships and the styles its cells use.
 * Style indexes: {@link #TITLE}, {@link #HEADER}, {@link #YUAN} (#,##0), {@link #RATE} (0.0%), {@link #TIME},
 * {@link #CAPTION} (the as-of line); the two captions wrap.
 */
final class XlsxParts {

    static final int TITLE = 1;
    static final int HEADER = 2;
    static final int YUAN = 3;
    static final int RATE = 4;
    static final int TIME = 5;
    static final int CAPTION = 6;

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>""";
    static final String ROOT_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="xl/workbook.xml"/></Relationships>""";
    static final String WORKBOOK_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/></Relationships>""";
    static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/>\
            <numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>\
            <fonts count="3"><font><sz val="11"/><name val="等线"/></font>\
            <font><b/><sz val="11"/><name val="等线"/></font><font><b/><sz val="14"/><name val="等线"/></font></fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
            <alignment vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" \
            applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
            <alignment vertical="top" wrapText="1"/></xf></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";

    private XlsxParts() {
    }
}
