#!/usr/bin/python3
# RAMP's inspection of what a build produced: which symbols of forbidden components each ELF file (and
# each object in an ar archive) imports, references or defines.
# usage: inspect.py ROOT [--any RULE=LIST] [--import RULE=LIST] [--needed RULE=PREFIX]
#   --any RULE=LIST      symbols (one a line) forbidden whether imported, referenced or defined
#   --import RULE=LIST   symbols forbidden when imported or referenced (a static link of allowed code may
#                        define them)
#   --needed RULE=PREFIX a shared library whose name starts so may not be linked
# Prints one line per file, way and rule, tab-separated: FILE, how (imports, references, defines,
# links, uninspectable), the rule it breaks, how many symbols, and at most three of them demangled
# (the library, or the reason). Linked programs and libraries come before objects and archives.
#
# It runs as an unprivileged grader step and reads files the build (the agent) made, so it parses ELF
# itself, bounds every read, and reports a file it cannot read as uninspectable. Imports are read the
# way the dynamic loader finds them, from the dynamic segment's relocations, so that removing the
# section headers (sstrip) hides nothing the program could use.
import os
import struct
import subprocess
import sys

MAX_FILES = 200
EXAMPLES = 3


class Bad(Exception):
    pass


class Elf:
    def __init__(self, data):
        if data[:4] != b"\x7fELF":
            raise Bad("not ELF")
        if len(data) < 52:
            raise Bad("truncated header")
        self.data = data
        klass, endian = data[4], data[5]
        if endian != 1:
            raise Bad("not little-endian")
        if klass == 2:
            self.wide = True
            fields = self.unpack("<HHIQQQIHHHHHH", 16)
        elif klass == 1:
            self.wide = False
            fields = self.unpack("<HHIIIIIHHHHHH", 16)
        else:
            raise Bad("unknown ELF class")
        (self.type, _, _, _, self.phoff, self.shoff, _, _, self.phentsize, self.phnum, self.shentsize,
         self.shnum, self.shstrndx) = fields

    def unpack(self, fmt, offset):
        size = struct.calcsize(fmt)
        if offset < 0 or offset + size > len(self.data):
            raise Bad("truncated at offset %d" % offset)
        return struct.unpack_from(fmt, self.data, offset)

    def string(self, offset, limit=None):
        end = self.data.find(b"\0", offset, limit if limit else len(self.data))
        if offset < 0 or offset >= len(self.data) or end < 0:
            raise Bad("bad string offset")
        return self.data[offset:end].decode("utf-8", "replace")

    def sections(self):
        if not self.shoff or not self.shnum:
            return []
        fmt = "<IIQQQQIIQQ" if self.wide else "<IIIIIIIIII"
        if self.shnum > 65535:
            raise Bad("too many sections")
        return [self.unpack(fmt, self.shoff + i * self.shentsize) for i in range(self.shnum)]

    def symbols(self, offset, count, strtab, strsize):
        fmt = "<IBBHQQ" if self.wide else "<IIIBBH"
        size = 24 if self.wide else 16
        if count > 5_000_000:
            raise Bad("too many symbols")
        for i in range(count):
            fields = self.unpack(fmt, offset + i * size)
            if self.wide:
                name, info, _, shndx, _, _ = fields
            else:
                name, _, _, info, _, shndx = fields
            yield self.string(strtab + name, strtab + strsize) if name else "", info >> 4, shndx

    def section_symbols(self):
        """(symbol, undefined?, binding) from .symtab and .dynsym."""
        sections = self.sections()
        for section in sections:
            kind, offset, size, link, entsize = section[1], section[4], section[5], section[6], section[9]
            if kind not in (2, 11) or not entsize:
                continue
            if link >= len(sections):
                raise Bad("symbol table without string table")
            strtab = sections[link]
            for name, bind, shndx in self.symbols(offset, size // entsize, strtab[4], strtab[5]):
                if name:
                    yield name, shndx == 0, bind

    def offset_of(self, address, loads):
        for vaddr, offset, filesz in loads:
            if vaddr <= address < vaddr + filesz:
                return address - vaddr + offset
        raise Bad("address %#x outside the file" % address)

    def dynamic(self):
        """(needed libraries, imported symbols, defined symbols) as the dynamic loader sees them."""
        fmt = "<IIQQQQQQ" if self.wide else "<IIIIIIII"
        loads, dynamic = [], None
        for i in range(min(self.phnum, 4096)):
            fields = self.unpack(fmt, self.phoff + i * self.phentsize)
            if self.wide:
                kind, _, offset, vaddr, _, filesz = fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]
            else:
                kind, offset, vaddr, _, filesz = fields[0], fields[1], fields[2], fields[3], fields[4]
            if kind == 1:
                loads.append((vaddr, offset, filesz))
            elif kind == 2:
                dynamic = (offset, filesz)
        if dynamic is None:
            return [], set(), set()
        entry = "<qQ" if self.wide else "<iI"
        step = 16 if self.wide else 8
        tags = {}
        needed = []
        for i in range(dynamic[1] // step):
            tag, value = self.unpack(entry, dynamic[0] + i * step)
            if tag == 0:
                break
            if tag == 1:
                needed.append(value)
            else:
                tags.setdefault(tag, []).append(value)
        one = lambda tag: tags.get(tag, [None])[0]
        if one(5) is None or one(6) is None:
            return [], set(), set()
        strtab = self.offset_of(one(5), loads)
        strsize = one(10) or 0
        symtab = self.offset_of(one(6), loads)
        names = [self.string(strtab + n, strtab + strsize) for n in needed]
        count = self.symbol_count(tags, loads)
        entries = list(self.symbols(symtab, count, strtab, strsize)) if count else []
        imported, defined = set(), set()
        for index in self.relocated(tags, loads):
            if index < len(entries):
                name, _, shndx = entries[index]
            else:
                name, _, shndx = next(iter(self.symbols(symtab + index * (24 if self.wide else 16), 1, strtab,
                                                        strsize)))
            if name and shndx == 0:
                imported.add(name)
        for name, bind, shndx in entries:
            if name and shndx == 0:
                imported.add(name)
            elif name and bind == 1:
                defined.add(name)
        return names, imported, defined

    def relocated(self, tags, loads):
        """Symbol indices referenced by the dynamic relocations."""
        tables = []
        for addr_tag, size_tag, rela in ((7, 8, True), (17, 18, False)):
            if tags.get(addr_tag) and tags.get(size_tag):
                tables.append((tags[addr_tag][0], tags[size_tag][0], rela))
        if tags.get(23) and tags.get(2):
            tables.append((tags[23][0], tags[2][0], (tags.get(20) or [7])[0] == 7))
        for address, size, rela in tables:
            offset = self.offset_of(address, loads)
            width = (24 if rela else 16) if self.wide else (12 if rela else 8)
            for i in range(min(size // width, 5_000_000)):
                if self.wide:
                    info = self.unpack("<Q", offset + i * width + 8)[0]
                    yield info >> 32
                else:
                    info = self.unpack("<I", offset + i * width + 4)[0]
                    yield info >> 8

    def symbol_count(self, tags, loads):
        if tags.get(4):
            return self.unpack("<II", self.offset_of(tags[4][0], loads))[1]
        if tags.get(0x6ffffef5):
            base = self.offset_of(tags[0x6ffffef5][0], loads)
            buckets, symoffset, bloom, _ = self.unpack("<IIII", base)
            word = 8 if self.wide else 4
            start = base + 16 + bloom * word
            highest = max([self.unpack("<I", start + 4 * i)[0] for i in range(min(buckets, 1 << 20))] or [0])
            if highest < symoffset:
                return symoffset
            chains = start + 4 * buckets
            while not self.unpack("<I", chains + 4 * (highest - symoffset))[0] & 1:
                highest += 1
            return highest + 1
        return 0


def members(data):
    """(name, bytes) of the members of an ar archive."""
    offset, names = 8, b""
    while offset + 60 <= len(data):
        header = data[offset:offset + 60]
        name = header[:16].decode("latin-1").strip()
        try:
            size = int(header[48:58].decode("latin-1").strip() or "0")
        except ValueError:
            raise Bad("bad archive member header")
        body = data[offset + 60:offset + 60 + size]
        if name == "//":
            names = body
        elif name.startswith("/") and name[1:].isdigit():
            start = int(name[1:])
            end = names.find(b"/\n", start)
            yield names[start:end].decode("utf-8", "replace"), body
        elif name not in ("/", "/SYM64/"):
            yield name.rstrip("/"), body
        offset += 60 + size + (size & 1)


def findings_of(path, data, rules):
    found = []
    if data[:8] == b"!<arch>\n":
        for name, body in members(data):
            if body[:4] == b"\x7fELF":
                found += [("%s(%s)" % (path, name),) + f[1:] for f in findings_of(path, body, rules)]
        return found
    elf = Elf(data)
    how_undefined = "references" if elf.type == 1 else "imports"
    seen = set()
    if elf.type in (2, 3):
        needed, imported, defined = elf.dynamic()
        for library in needed:
            for prefix, rule in rules["needed"]:
                if library.startswith(prefix):
                    found.append((path, "links", library, rule))
        for name in imported:
            rule = rules["any"].get(name) or rules["import"].get(name)
            if rule:
                seen.add(("imports", name, rule))
        for name in defined:
            if name in rules["any"]:
                seen.add(("defines", name, rules["any"][name]))
    for name, undefined, bind in elf.section_symbols():
        rule = rules["any"].get(name) or (rules["import"].get(name) if undefined else None)
        if undefined and rule:
            seen.add((how_undefined, name, rule))
        elif not undefined and bind == 1 and name in rules["any"]:
            seen.add(("defines", name, rules["any"][name]))
    found += [(path,) + finding for finding in sorted(seen)]
    return found


def main():
    root = sys.argv[1]
    rules = {"any": {}, "import": {}, "needed": []}
    args = sys.argv[2:]
    for flag, value in zip(args[::2], args[1::2]):
        rule, _, target = value.partition("=")
        if flag in ("--any", "--import"):
            with open(target) as f:
                for line in f:
                    if line.strip():
                        rules[flag[2:]].setdefault(line.strip(), rule)
        elif flag == "--needed":
            rules["needed"].append((target, rule))
    groups = {}
    files_found = set()
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            try:
                if not os.access(path, os.R_OK):
                    # sealed root-only: no step, hence no program under assessment, can read or run it
                    continue
                with open(path, "rb", buffering=0) as f:
                    head = f.read(8)
                    if head[:4] != b"\x7fELF" and head != b"!<arch>\n":
                        continue
                    f.seek(0)
                    data = f.read(1 << 30)
                found = findings_of(relative, data, rules)
            except Bad as e:
                found = [(relative, "uninspectable", str(e), "inspection")]
            except (OSError, struct.error, ValueError, IndexError, OverflowError, MemoryError) as e:
                found = [(relative, "uninspectable", "%s: %s" % (type(e).__name__, e), "inspection")]
            for file, how, what, rule in found:
                if file not in files_found and len(files_found) >= MAX_FILES:
                    continue
                files_found.add(file)
                groups.setdefault((file, how, rule), []).append(what)
    linked_first = sorted(groups, key=lambda k: (k[0].endswith(".o") or ".a(" in k[0] or k[0].endswith(".a"), k))
    examples = sorted({w for k in groups if k[1] in ("imports", "references", "defines")
                       for w in sorted(groups[k])[:EXAMPLES]})
    readable = dict(zip(examples, demangle(examples)))
    for key in linked_first:
        file, how, rule = key
        whats = sorted(groups[key])
        shown = [readable.get(w, w) for w in whats[:EXAMPLES]]
        print("\t".join([file, how, rule, str(len(whats))] + shown))


def demangle(symbols):
    if not symbols:
        return []
    try:
        out = subprocess.run(["c++filt"], input="\n".join(symbols) + "\n", capture_output=True, text=True,
                             timeout=60).stdout.splitlines()
        return out if len(out) == len(symbols) else symbols
    except (OSError, subprocess.SubprocessError):
        return symbols


if __name__ == "__main__":
    main()
