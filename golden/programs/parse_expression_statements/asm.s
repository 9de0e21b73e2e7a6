	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_expression_statements.sy"
	.globl	bump                            # -- Begin function bump
	.p2align	1
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(counter)
	addi	a1, a1, %pcrel_lo(.LBB0_1)
	lw	a2, 0(a1)
	addw	a0, a0, a2
	sw	a0, 0(a1)
	ret
.Lfunc_end0:
	.size	bump, .Lfunc_end0-bump
                                        # -- End function
	.globl	report                          # -- Begin function report
	.p2align	1
	.type	report,@function
report:                                 # @report
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	blez	a0, .LBB1_3
# %bb.1:
	slli	a0, a0, 32
	srli	s0, a0, 32
.LBB1_4:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(cells)
	addi	s1, s1, %pcrel_lo(.LBB1_4)
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s1)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	addi	s0, s0, -1
	addi	s1, s1, 4
	bnez	s0, .LBB1_2
.LBB1_3:
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	report, .Lfunc_end1-report
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function ratio
.LCPI2_0:
	.quad	0x3ff8000000000000              # double 1.5
	.text
	.globl	ratio
	.p2align	1
	.type	ratio,@function
ratio:                                  # @ratio
# %bb.0:
.LBB2_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI2_0)
	addi	a2, a2, %pcrel_lo(.LBB2_1)
	fld	ft0, 0(a2)
	fcvt.d.w	ft1, a0
	fmul.d	ft0, ft1, ft0
	fcvt.d.w	ft1, a1
	fdiv.d	ft0, ft0, ft1
	fcvt.w.d	a0, ft0, rtz
	ret
.Lfunc_end2:
	.size	ratio, .Lfunc_end2-ratio
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI3_0:
	.quad	0x4004000000000000              # double 2.5
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
.LBB3_1:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(counter)
	addi	s0, s0, %pcrel_lo(.LBB3_1)
	lw	a1, 0(s0)
.LBB3_2:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(cells)
	addi	s1, s1, %pcrel_lo(.LBB3_2)
	lw	a0, 0(s1)
	addiw	a1, a1, 10
	sw	a1, 0(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s1)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 0(s1)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s1)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 8(s1)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 12(s1)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 3
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
.LBB3_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(.LCPI3_0)
	addi	a1, a1, %pcrel_lo(.LBB3_3)
	fld	ft0, 0(a1)
	fcvt.d.w	ft1, a0
	fmul.d	ft0, ft1, ft0
	fcvt.w.d	a0, ft0, rtz
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	counter,@object                 # @counter
	.section	.sbss,"aw",@nobits
	.globl	counter
	.p2align	2
counter:
	.word	0                               # 0x0
	.size	counter, 4

	.type	cells,@object                   # @cells
	.data
	.globl	cells
	.p2align	2
cells:
	.word	5                               # 0x5
	.word	6                               # 0x6
	.word	7                               # 0x7
	.word	8                               # 0x8
	.size	cells, 16

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
