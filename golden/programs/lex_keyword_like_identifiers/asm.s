	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"lex_keyword_like_identifiers.sy"
	.globl	ifelse                          # -- Begin function ifelse
	.p2align	1
	.type	ifelse,@function
ifelse:                                 # @ifelse
# %bb.0:
	li	a1, 0
	blez	a0, .LBB0_5
# %bb.1:
	li	a2, 1
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	sext.w	a4, a0
	addw	a1, a1, a3
	addiw	a0, a0, -1
	bgeu	a2, a4, .LBB0_5
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	andi	a4, a0, 1
	li	a3, -1
	beqz	a4, .LBB0_2
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	mv	a3, a0
	j	.LBB0_2
.LBB0_5:
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	ifelse, .Lfunc_end0-ifelse
                                        # -- End function
	.globl	voidfn                          # -- Begin function voidfn
	.p2align	1
	.type	voidfn,@function
voidfn:                                 # @voidfn
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	call	putint@plt
	li	a0, 10
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	tail	putch@plt
.Lfunc_end1:
	.size	voidfn, .Lfunc_end1-voidfn
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
.LBB2_5:                                # Label of block must be emitted
	auipc	s2, %pcrel_hi(int1)
	addi	s2, s2, %pcrel_lo(.LBB2_5)
	lw	a0, 0(s2)
.LBB2_6:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(intx)
	addi	a1, a1, %pcrel_lo(.LBB2_6)
	lw	a1, 0(a1)
.LBB2_7:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(voidness)
	addi	a2, a2, %pcrel_lo(.LBB2_7)
	lw	a2, 0(a2)
.LBB2_8:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(constant)
	addi	a3, a3, %pcrel_lo(.LBB2_8)
	lw	a3, 0(a3)
.LBB2_9:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(whilex)
	addi	a4, a4, %pcrel_lo(.LBB2_9)
	lw	a4, 0(a4)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
.LBB2_10:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(if_)
	addi	a1, a1, %pcrel_lo(.LBB2_10)
	lw	a1, 0(a1)
.LBB2_11:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(_else)
	addi	a2, a2, %pcrel_lo(.LBB2_11)
	lw	a2, 0(a2)
.LBB2_12:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(breakpoint)
	addi	a3, a3, %pcrel_lo(.LBB2_12)
	lw	a3, 0(a3)
.LBB2_13:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(continued)
	addi	a4, a4, %pcrel_lo(.LBB2_13)
	lw	a4, 0(a4)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
.LBB2_14:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(returned)
	addi	a1, a1, %pcrel_lo(.LBB2_14)
	lw	a1, 0(a1)
.LBB2_15:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(Int)
	addi	a2, a2, %pcrel_lo(.LBB2_15)
	lw	a2, 0(a2)
.LBB2_16:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(WHILE)
	addi	a3, a3, %pcrel_lo(.LBB2_16)
	lw	a3, 0(a3)
.LBB2_17:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(iff)
	addi	a4, a4, %pcrel_lo(.LBB2_17)
	lw	a4, 0(a4)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
.LBB2_18:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(elsewhere)
	addi	a1, a1, %pcrel_lo(.LBB2_18)
	lw	a1, 0(a1)
.LBB2_19:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(getint2)
	addi	a2, a2, %pcrel_lo(.LBB2_19)
	lw	a2, 0(a2)
.LBB2_20:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(main_value)
	addi	a3, a3, %pcrel_lo(.LBB2_20)
	lw	a3, 0(a3)
.LBB2_21:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(For)
	addi	a4, a4, %pcrel_lo(.LBB2_21)
	lw	a4, 0(a4)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	a0, a0, a4
.LBB2_22:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(do_)
	addi	a1, a1, %pcrel_lo(.LBB2_22)
	lw	a1, 0(a1)
.LBB2_23:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(switch1)
	addi	a2, a2, %pcrel_lo(.LBB2_23)
	lw	a2, 0(a2)
.LBB2_24:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(char_)
	addi	a3, a3, %pcrel_lo(.LBB2_24)
	lw	a3, 0(a3)
.LBB2_25:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(long_)
	addi	a4, a4, %pcrel_lo(.LBB2_25)
	lw	a4, 0(a4)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
	addw	s3, a0, a4
	mv	a0, s3
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB2_26:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(floaty)
	addi	a0, a0, %pcrel_lo(.LBB2_26)
	flw	ft0, 0(a0)
	fadd.s	fa0, ft0, ft0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 21
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	s1, 0
	li	a1, 0
	lui	a0, 699051
	addiw	a0, a0, -1365
	lui	a2, 174763
	addiw	a2, a2, -1366
	lui	a3, 349525
	addiw	a3, a3, 1365
	li	a4, 8
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	mv	a5, a1
	addiw	a1, a1, 1
	mulw	s0, a1, a0
	addw	s0, s0, a2
	bgeu	s0, a3, .LBB2_3
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	bge	a4, a5, .LBB2_1
	j	.LBB2_4
.LBB2_3:                                #   in Loop: Header=BB2_1 Depth=1
	addw	s1, s1, a1
	slti	s0, s1, 21
	slti	a5, a5, 9
	and	a5, a5, s0
	bnez	a5, .LBB2_1
.LBB2_4:
	lw	a0, 0(s2)
	addw	a0, a0, s1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	addw	a0, s3, s1
	addiw	a0, a0, 21
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	int1,@object                    # @int1
	.section	.sdata,"aw",@progbits
	.globl	int1
	.p2align	2
int1:
	.word	1                               # 0x1
	.size	int1, 4

	.type	intx,@object                    # @intx
	.globl	intx
	.p2align	2
intx:
	.word	2                               # 0x2
	.size	intx, 4

	.type	floaty,@object                  # @floaty
	.globl	floaty
	.p2align	2
floaty:
	.word	0x40200000                      # float 2.5
	.size	floaty, 4

	.type	voidness,@object                # @voidness
	.globl	voidness
	.p2align	2
voidness:
	.word	3                               # 0x3
	.size	voidness, 4

	.type	constant,@object                # @constant
	.globl	constant
	.p2align	2
constant:
	.word	4                               # 0x4
	.size	constant, 4

	.type	whilex,@object                  # @whilex
	.globl	whilex
	.p2align	2
whilex:
	.word	5                               # 0x5
	.size	whilex, 4

	.type	if_,@object                     # @if_
	.globl	if_
	.p2align	2
if_:
	.word	6                               # 0x6
	.size	if_, 4

	.type	_else,@object                   # @_else
	.globl	_else
	.p2align	2
_else:
	.word	7                               # 0x7
	.size	_else, 4

	.type	breakpoint,@object              # @breakpoint
	.globl	breakpoint
	.p2align	2
breakpoint:
	.word	8                               # 0x8
	.size	breakpoint, 4

	.type	continued,@object               # @continued
	.globl	continued
	.p2align	2
continued:
	.word	9                               # 0x9
	.size	continued, 4

	.type	returned,@object                # @returned
	.globl	returned
	.p2align	2
returned:
	.word	10                              # 0xa
	.size	returned, 4

	.type	Int,@object                     # @Int
	.globl	Int
	.p2align	2
Int:
	.word	11                              # 0xb
	.size	Int, 4

	.type	WHILE,@object                   # @WHILE
	.globl	WHILE
	.p2align	2
WHILE:
	.word	12                              # 0xc
	.size	WHILE, 4

	.type	iff,@object                     # @iff
	.globl	iff
	.p2align	2
iff:
	.word	13                              # 0xd
	.size	iff, 4

	.type	elsewhere,@object               # @elsewhere
	.globl	elsewhere
	.p2align	2
elsewhere:
	.word	14                              # 0xe
	.size	elsewhere, 4

	.type	getint2,@object                 # @getint2
	.globl	getint2
	.p2align	2
getint2:
	.word	15                              # 0xf
	.size	getint2, 4

	.type	main_value,@object              # @main_value
	.globl	main_value
	.p2align	2
main_value:
	.word	16                              # 0x10
	.size	main_value, 4

	.type	For,@object                     # @For
	.globl	For
	.p2align	2
For:
	.word	17                              # 0x11
	.size	For, 4

	.type	do_,@object                     # @do_
	.globl	do_
	.p2align	2
do_:
	.word	18                              # 0x12
	.size	do_, 4

	.type	switch1,@object                 # @switch1
	.globl	switch1
	.p2align	2
switch1:
	.word	19                              # 0x13
	.size	switch1, 4

	.type	char_,@object                   # @char_
	.globl	char_
	.p2align	2
char_:
	.word	20                              # 0x14
	.size	char_, 4

	.type	long_,@object                   # @long_
	.globl	long_
	.p2align	2
long_:
	.word	21                              # 0x15
	.size	long_, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
