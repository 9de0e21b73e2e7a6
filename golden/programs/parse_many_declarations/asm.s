	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_many_declarations.sy"
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI0_0:
	.word	0x40800000                      # float 4
.LCPI0_1:
	.word	0x40490fda                      # float 3.1415925
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	fsd	fs0, 0(sp)                      # 8-byte Folded Spill
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(z)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	flw	ft0, 0(a0)
.LBB0_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_2)
	flw	ft1, 0(a0)
.LBB0_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(y)
	addi	a0, a0, %pcrel_lo(.LBB0_3)
	flw	ft2, 0(a0)
	fadd.s	ft0, ft0, ft1
	fadd.s	ft0, ft0, ft2
.LBB0_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(w)
	addi	a0, a0, %pcrel_lo(.LBB0_4)
	flw	ft1, 0(a0)
.LBB0_5:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(a)
	addi	a0, a0, %pcrel_lo(.LBB0_5)
	li	a1, 1
	sw	a1, 0(a0)
.LBB0_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(c)
	addi	a0, a0, %pcrel_lo(.LBB0_6)
	sw	a1, 0(a0)
	li	a1, 2
	sw	a1, 4(a0)
	li	a1, 3
	sw	a1, 8(a0)
.LBB0_7:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(x)
	addi	s1, s1, %pcrel_lo(.LBB0_7)
	lui	a0, 264192
	sw	a0, 0(s1)
.LBB0_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(b)
	addi	a0, a0, %pcrel_lo(.LBB0_8)
	lw	a0, 0(a0)
.LBB0_9:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(d)
	addi	a1, a1, %pcrel_lo(.LBB0_9)
	lw	a2, 0(a1)
	lw	a1, 4(a1)
.LBB0_10:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(e)
	addi	a3, a3, %pcrel_lo(.LBB0_10)
	lw	a4, 0(a3)
	lw	a5, 4(a3)
	addw	a0, a0, a2
	addw	a0, a0, a1
	addw	a0, a0, a4
	addw	a0, a0, a5
	lw	a1, 8(a3)
	lw	a2, 12(a3)
.LBB0_11:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(f)
	addi	a3, a3, %pcrel_lo(.LBB0_11)
	lw	a3, 0(a3)
	addw	a0, a0, a1
	fadd.s	fs0, ft0, ft1
	addw	a0, a0, a2
	addw	s0, a0, a3
	addiw	a0, s0, 7
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 78
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 30
	call	putint@plt
	li	a0, 10
	call	putch@plt
	flw	ft0, 0(s1)
	fadd.s	fa0, fs0, ft0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB0_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_1)
	addi	a0, a0, %pcrel_lo(.LBB0_12)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 152
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 78
	call	putint@plt
	li	a0, 10
	call	putch@plt
	addiw	a0, s0, 115
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	fld	fs0, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	b,@object                       # @b
	.section	.sdata,"aw",@progbits
	.globl	b
	.p2align	2
b:
	.word	2                               # 0x2
	.size	b, 4

	.type	d,@object                       # @d
	.globl	d
	.p2align	2
d:
	.word	4                               # 0x4
	.word	5                               # 0x5
	.size	d, 8

	.type	e,@object                       # @e
	.data
	.globl	e
	.p2align	2
e:
	.word	6                               # 0x6
	.word	0                               # 0x0
	.word	7                               # 0x7
	.word	8                               # 0x8
	.size	e, 16

	.type	f,@object                       # @f
	.section	.sdata,"aw",@progbits
	.globl	f
	.p2align	2
f:
	.word	9                               # 0x9
	.size	f, 4

	.type	K1,@object                      # @K1
	.section	.rodata,"a",@progbits
	.globl	K1
	.p2align	2
K1:
	.word	1                               # 0x1
	.size	K1, 4

	.type	K2,@object                      # @K2
	.globl	K2
	.p2align	2
K2:
	.word	2                               # 0x2
	.size	K2, 4

	.type	K3,@object                      # @K3
	.globl	K3
	.p2align	2
K3:
	.word	6                               # 0x6
	.size	K3, 4

	.type	KA,@object                      # @KA
	.globl	KA
	.p2align	2
KA:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	6                               # 0x6
	.size	KA, 12

	.type	y,@object                       # @y
	.section	.sdata,"aw",@progbits
	.globl	y
	.p2align	2
y:
	.word	0x3fc00000                      # float 1.5
	.size	y, 4

	.type	z,@object                       # @z
	.globl	z
	.p2align	2
z:
	.word	0x40200000                      # float 2.5
	.word	0x00000000                      # float 0
	.size	z, 8

	.type	w,@object                       # @w
	.globl	w
	.p2align	2
w:
	.word	0x3f000000                      # float 0.5
	.size	w, 4

	.type	PI,@object                      # @PI
	.section	.rodata,"a",@progbits
	.globl	PI
	.p2align	2
PI:
	.word	0x40490fda                      # float 3.1415925
	.size	PI, 4

	.type	TAU,@object                     # @TAU
	.globl	TAU
	.p2align	2
TAU:
	.word	0x40c90fda                      # float 6.283185
	.size	TAU, 4

	.type	HALF,@object                    # @HALF
	.globl	HALF
	.p2align	2
HALF:
	.word	0x3f000000                      # float 0.5
	.size	HALF, 4

	.type	a,@object                       # @a
	.section	.sbss,"aw",@nobits
	.globl	a
	.p2align	2
a:
	.word	0                               # 0x0
	.size	a, 4

	.type	c,@object                       # @c
	.bss
	.globl	c
	.p2align	2
c:
	.zero	12
	.size	c, 12

	.type	x,@object                       # @x
	.section	.sbss,"aw",@nobits
	.globl	x
	.p2align	2
x:
	.word	0x00000000                      # float 0
	.size	x, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
