	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_int_float_call_sites.sy"
	.globl	blend                           # -- Begin function blend
	.p2align	1
	.type	blend,@function
blend:                                  # @blend
# %bb.0:
	fcvt.s.w	ft0, a0
	fmul.s	ft0, ft0, fa0
	fcvt.s.w	ft1, a1
	fdiv.s	ft1, ft1, fa1
	fadd.s	fa0, ft0, ft1
	ret
.Lfunc_end0:
	.size	blend, .Lfunc_end0-blend
                                        # -- End function
	.globl	to_int                          # -- Begin function to_int
	.p2align	1
	.type	to_int,@function
to_int:                                 # @to_int
# %bb.0:
	fadd.s	ft0, fa0, fa0
	fcvt.w.s	a0, ft0, rtz
	ret
.Lfunc_end1:
	.size	to_int, .Lfunc_end1-to_int
                                        # -- End function
	.globl	to_float                        # -- Begin function to_float
	.p2align	1
	.type	to_float,@function
to_float:                               # @to_float
# %bb.0:
	lui	a1, 349525
	addiw	a1, a1, 1366
	mul	a0, a0, a1
	srli	a1, a0, 63
	srli	a0, a0, 32
	addw	a0, a0, a1
	fcvt.s.w	fa0, a0
	ret
.Lfunc_end2:
	.size	to_float, .Lfunc_end2-to_float
                                        # -- End function
	.globl	average                         # -- Begin function average
	.p2align	1
	.type	average,@function
average:                                # @average
# %bb.0:
	blez	a1, .LBB3_4
# %bb.1:
	li	a2, 0
	slli	a3, a1, 32
	srli	a3, a3, 32
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	lw	a4, 0(a0)
	addw	a2, a2, a4
	addi	a3, a3, -1
	addi	a0, a0, 4
	bnez	a3, .LBB3_2
# %bb.3:
	fcvt.d.w	ft0, a2
	j	.LBB3_5
.LBB3_4:
	fmv.d.x	ft0, zero
.LBB3_5:
	fcvt.d.w	ft1, a1
	fdiv.d	ft0, ft0, ft1
	fcvt.s.d	fa0, ft0
	ret
.Lfunc_end3:
	.size	average, .Lfunc_end3-average
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI4_0:
	.word	0x41180000                      # float 9.5
.LCPI4_1:
	.word	0x3edb6db7                      # float 0.428571433
.LCPI4_2:
	.word	0xc0000000                      # float -2
.LCPI4_3:
	.word	0x40400000                      # float 3
.LCPI4_4:
	.quad	0x3fd0000000000000              # double 0.25
.LCPI4_5:
	.word	0x3e800000                      # float 0.25
.LCPI4_6:
	.word	0x3e000000                      # float 0.125
.LCPI4_7:
	.word	0x40a00000                      # float 5
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	fsd	fs0, 8(sp)                      # 8-byte Folded Spill
.LBB4_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(gi)
	addi	a0, a0, %pcrel_lo(.LBB4_1)
.LBB4_2:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(gf)
	addi	a1, a1, %pcrel_lo(.LBB4_2)
	flw	ft0, 0(a1)
	lw	a3, 0(a0)
	fcvt.d.s	ft0, ft0
	fmv.x.d	a4, ft0
.LBB4_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB4_3)
	lui	a1, 2049
	slli	a2, a1, 39
	li	a1, 7
	call	putf@plt
.LBB4_4:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(ia)
	addi	s0, s0, %pcrel_lo(.LBB4_4)
	li	a0, 4
	mv	a1, s0
	call	putarray@plt
.LBB4_5:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(fa)
	addi	s1, s1, %pcrel_lo(.LBB4_5)
	li	a0, 4
	mv	a1, s1
	call	putfarray@plt
.LBB4_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_0)
	addi	a0, a0, %pcrel_lo(.LBB4_6)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 0(s0)
	flw	ft0, 8(s1)
.LBB4_7:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI4_1)
	addi	a1, a1, %pcrel_lo(.LBB4_7)
	flw	ft1, 0(a1)
	fcvt.s.w	ft2, a0
	fmul.s	ft0, ft0, ft2
	fadd.s	fa0, ft0, ft1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, -2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 14
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB4_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_2)
	addi	a0, a0, %pcrel_lo(.LBB4_8)
	flw	fs0, 0(a0)
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB4_9:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_3)
	addi	a0, a0, %pcrel_lo(.LBB4_9)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	lw	a1, 4(s0)
	lw	a2, 8(s0)
	lw	a3, 12(s0)
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a3
.LBB4_10:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI4_4)
	addi	a1, a1, %pcrel_lo(.LBB4_10)
	fld	ft0, 0(a1)
.LBB4_11:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI4_5)
	addi	a1, a1, %pcrel_lo(.LBB4_11)
	flw	ft1, 0(a1)
	fcvt.d.w	ft2, a0
	fmul.d	ft0, ft2, ft0
	fcvt.s.d	fa0, ft0
	fmul.s	ft0, fa0, ft1
	fcvt.w.s	s2, ft0, rtz
	slli	a0, s2, 2
	add	a1, s0, a0
	lw	a1, 0(a1)
	fcvt.s.w	ft0, a1
	fadd.s	ft0, fa0, ft0
	add	a0, a0, s1
	fsw	ft0, 0(a0)
	fmul.s	ft0, ft0, fs0
	fcvt.w.s	a0, ft0, rtz
	addiw	a1, s2, 1
	slli	a1, a1, 2
	add	a1, a1, s0
	sw	a0, 0(a1)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	mv	a0, s2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 4
	mv	a1, s0
	call	putarray@plt
	li	a0, 4
	mv	a1, s1
	call	putfarray@plt
	flw	ft0, 4(s1)
	flw	ft1, 8(s1)
	fmul.s	ft0, ft0, ft1
	fcvt.w.s	s1, ft0, rtz
	fcvt.s.w	fs0, s1
	mv	a0, s1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB4_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_6)
	addi	a0, a0, %pcrel_lo(.LBB4_12)
	flw	ft0, 0(a0)
	fmul.s	fa0, fs0, ft0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB4_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_7)
	addi	a0, a0, %pcrel_lo(.LBB4_13)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	addw	a1, s1, s2
	addw	a0, a0, a1
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	fld	fs0, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	CI,@object                      # @CI
	.section	.rodata,"a",@progbits
	.globl	CI
	.p2align	2
CI:
	.word	7                               # 0x7
	.size	CI, 4

	.type	CF,@object                      # @CF
	.globl	CF
	.p2align	2
CF:
	.word	0x40400000                      # float 3
	.size	CF, 4

	.type	gi,@object                      # @gi
	.section	.sdata,"aw",@progbits
	.globl	gi
	.p2align	2
gi:
	.word	4294967289                      # 0xfffffff9
	.size	gi, 4

	.type	gf,@object                      # @gf
	.globl	gf
	.p2align	2
gf:
	.word	0xc0400000                      # float -3
	.size	gf, 4

	.type	ia,@object                      # @ia
	.data
	.globl	ia
	.p2align	2
ia:
	.word	1                               # 0x1
	.word	4294967295                      # 0xffffffff
	.word	25                              # 0x19
	.word	3                               # 0x3
	.size	ia, 16

	.type	fa,@object                      # @fa
	.globl	fa
	.p2align	2
fa:
	.word	0x3f800000                      # float 1
	.word	0xc0000000                      # float -2
	.word	0x40e00000                      # float 7
	.word	0x3f800000                      # float 1
	.size	fa, 16

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d %a %d %a\n"
	.size	.L.str, 13

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
