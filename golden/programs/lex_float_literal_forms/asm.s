	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"lex_float_literal_forms.sy"
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI0_0:
	.word	0x565b019f                      # float 6.02000023E+13
.LCPI0_1:
	.word	0x3f800000                      # float 1
.LCPI0_2:
	.word	0xc1200000                      # float -10
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
	sd	s2, 0(sp)                       # 8-byte Folded Spill
	li	s1, 0
.LBB0_3:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(forms)
	addi	s0, s0, %pcrel_lo(.LBB0_3)
	li	s2, 96
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	add	a0, s0, s1
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	addi	s1, s1, 4
	bne	s1, s2, .LBB0_1
# %bb.2:
	flw	ft0, 0(s0)
	flw	ft1, 4(s0)
	flw	ft2, 8(s0)
	fmv.w.x	ft3, zero
	fadd.s	ft0, ft0, ft3
	fadd.s	ft0, ft0, ft1
	fadd.s	ft0, ft0, ft2
	flw	ft1, 12(s0)
	flw	ft2, 16(s0)
	flw	ft3, 20(s0)
	flw	ft4, 24(s0)
	fadd.s	ft0, ft0, ft1
	fadd.s	ft0, ft0, ft2
	fadd.s	ft0, ft0, ft3
	fadd.s	ft0, ft0, ft4
	flw	ft1, 28(s0)
	flw	ft2, 32(s0)
	flw	ft3, 36(s0)
	flw	ft4, 40(s0)
	fadd.s	ft0, ft0, ft1
	fadd.s	ft0, ft0, ft2
	fadd.s	ft0, ft0, ft3
	fadd.s	ft0, ft0, ft4
	flw	ft1, 44(s0)
	flw	ft2, 48(s0)
	flw	ft3, 52(s0)
	flw	ft4, 56(s0)
	fadd.s	ft0, ft0, ft1
	fadd.s	ft0, ft0, ft2
	fadd.s	ft0, ft0, ft3
	fadd.s	ft0, ft0, ft4
	flw	ft1, 60(s0)
	flw	ft2, 64(s0)
	flw	ft3, 68(s0)
	flw	ft4, 72(s0)
	fadd.s	ft0, ft0, ft1
	fadd.s	ft0, ft0, ft2
	fadd.s	ft0, ft0, ft3
	fadd.s	fa0, ft0, ft4
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB0_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_4)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB0_5:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_1)
	addi	a0, a0, %pcrel_lo(.LBB0_5)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB0_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_2)
	addi	a0, a0, %pcrel_lo(.LBB0_6)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 39
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 39
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	ld	s2, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	forms,@object                   # @forms
	.data
	.globl	forms
	.p2align	2
forms:
	.word	0x3fc00000                      # float 1.5
	.word	0x3f000000                      # float 0.5
	.word	0x40a00000                      # float 5
	.word	0x00000000                      # float 0
	.word	0x3e800000                      # float 0.25
	.word	0x447a0000                      # float 1000
	.word	0x447a0000                      # float 1000
	.word	0x447a0000                      # float 1000
	.word	0x3a83126f                      # float 0.00100000005
	.word	0x437a0000                      # float 250
	.word	0x40a00000                      # float 5
	.word	0x3f000000                      # float 0.5
	.word	0x3f9e0610                      # float 1.23456001
	.word	0x3f800000                      # float 1
	.word	0x3f800000                      # float 1
	.word	0x40400000                      # float 3
	.word	0x40400000                      # float 3
	.word	0x3f800000                      # float 1
	.word	0x3e800000                      # float 0.25
	.word	0x41200000                      # float 10
	.word	0x7f7fffff                      # float 3.40282347E+38
	.word	0x00800000                      # float 1.17549435E-38
	.word	0x40490fdb                      # float 3.14159274
	.word	0x7f7fffff                      # float 3.40282347E+38
	.size	forms, 96

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
