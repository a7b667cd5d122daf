# Trims the white margins of pages gs rendered as PPM and stacks them into one PNG (no PIL or ImageMagick here):
#   python3 docs/sheet-errors-trim.py OUT.png PAGE1.ppm [PAGE2.ppm ...]
import sys, zlib, struct, numpy as np
def read_ppm(path):
    data = open(path, 'rb').read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos+1].isspace():
            pos += 1
        if data[pos:pos+1] == b'#':
            pos = data.index(b'\n', pos)
            continue
        end = pos
        while not data[end:end+1].isspace():
            end += 1
        fields.append(data[pos:end]); pos = end
    w, h = int(fields[1]), int(fields[2])
    return np.frombuffer(data[pos+1:pos+1+w*h*3], dtype=np.uint8).reshape(h, w, 3)
def trim(img, pad=16):
    ink = np.where((img < 245).any(axis=2))
    y0, y1, x0, x1 = ink[0].min(), ink[0].max(), ink[1].min(), ink[1].max()
    return img[max(0,y0-pad):y1+pad, max(0,x0-pad):x1+pad]
def write_png(path, img):
    h, w, _ = img.shape
    raw = b''.join(b'\x00' + img[y].tobytes() for y in range(h))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                           + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
pages = [trim(read_ppm(p)) for p in sys.argv[2:]]
width = max(p.shape[1] for p in pages)
padded = [np.pad(p, ((0, 0), (0, width - p.shape[1]), (0, 0)), constant_values=255) for p in pages]
write_png(sys.argv[1], np.vstack(padded))
print([p.shape for p in pages])
