	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_float_convolution.sy"
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI0_0:
	.quad	0x4059000000000000              # double 100
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -128
	sd	ra, 120(sp)                     # 8-byte Folded Spill
	sd	s0, 112(sp)                     # 8-byte Folded Spill
	sd	s1, 104(sp)                     # 8-byte Folded Spill
	sd	s2, 96(sp)                      # 8-byte Folded Spill
	sd	s3, 88(sp)                      # 8-byte Folded Spill
	sd	s4, 80(sp)                      # 8-byte Folded Spill
	sd	s5, 72(sp)                      # 8-byte Folded Spill
	sd	s6, 64(sp)                      # 8-byte Folded Spill
	sd	s7, 56(sp)                      # 8-byte Folded Spill
	sd	s8, 48(sp)                      # 8-byte Folded Spill
	sd	s9, 40(sp)                      # 8-byte Folded Spill
	sd	s10, 32(sp)                     # 8-byte Folded Spill
	sd	s11, 24(sp)                     # 8-byte Folded Spill
	fsd	fs0, 16(sp)                     # 8-byte Folded Spill
	call	getint@plt
	mv	s7, a0
	fmv.w.x	fs0, zero
.LBB0_25:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(kernel)
	addi	s0, s0, %pcrel_lo(.LBB0_25)
	call	getint@plt
	mv	s5, a0
	li	a0, 0
	li	a1, 0
	li	a2, 15
	li	a3, 16
	li	a4, 31
	j	.LBB0_3
.LBB0_1:                                #   in Loop: Header=BB0_3 Depth=1
	addi	a5, a1, -15
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	subw	a5, a3, a5
	fcvt.s.w	ft0, a5
	fsw	ft0, 0(s0)
	fadd.s	fs0, fs0, ft0
	addi	a0, a0, 1
	addiw	a1, a1, 1
	addi	s0, s0, 4
	beq	a0, a4, .LBB0_5
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	bgeu	a0, a2, .LBB0_1
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	sub	a5, a2, a0
	j	.LBB0_2
.LBB0_5:
	li	a0, 0
.LBB0_26:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(kernel)
	addi	s1, s1, %pcrel_lo(.LBB0_26)
	li	a1, 124
.LBB0_6:                                # =>This Inner Loop Header: Depth=1
	add	a2, s1, a0
	flw	ft0, 0(a2)
	fdiv.s	ft0, ft0, fs0
	addi	a0, a0, 4
	fsw	ft0, 0(a2)
	bne	a0, a1, .LBB0_6
# %bb.7:
	slli	t0, s7, 32
	blez	s7, .LBB0_10
# %bb.8:
	srli	a0, t0, 32
	li	a4, 7
.LBB0_27:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(signal)
	addi	a1, a1, %pcrel_lo(.LBB0_27)
	li	a6, 75
	lui	a3, 524280
	addiw	a3, a3, 1
.LBB0_28:                               # Label of block must be emitted
	auipc	a5, %pcrel_hi(.LCPI0_0)
	addi	a5, a5, %pcrel_lo(.LBB0_28)
	fld	ft0, 0(a5)
	lui	a5, 67109
	addiw	a5, a5, -557
	li	a7, 2000
.LBB0_9:                                # =>This Inner Loop Header: Depth=1
	mulw	a4, a4, a6
	addiw	a4, a4, 74
	mul	a2, a4, a3
	srli	s0, a2, 63
	srai	a2, a2, 47
	addw	a2, a2, s0
	slliw	s0, a2, 16
	addw	a2, a2, s0
	subw	a4, a4, a2
	mul	a2, a4, a5
	srli	s0, a2, 63
	srai	a2, a2, 39
	addw	a2, a2, s0
	mulw	a2, a2, a7
	subw	a2, a4, a2
	addiw	a2, a2, -1000
	fcvt.d.w	ft1, a2
	fdiv.d	ft1, ft1, ft0
	fcvt.s.d	ft1, ft1
	fsw	ft1, 0(a1)
	addi	a0, a0, -1
	addi	a1, a1, 4
	bnez	a0, .LBB0_9
.LBB0_10:
	sd	t0, 8(sp)                       # 8-byte Folded Spill
	call	starttime@plt
	blez	s5, .LBB0_20
# %bb.11:
	li	s8, 0
.LBB0_29:                               # Label of block must be emitted
	auipc	s9, %pcrel_hi(out)
	addi	s9, s9, %pcrel_lo(.LBB0_29)
	addiw	a0, s7, -15
	addiw	a1, s7, -30
	slli	a1, a1, 32
	srli	s2, a1, 30
	slli	a0, a0, 32
	srli	s0, a0, 32
	li	s10, 31
.LBB0_30:                               # Label of block must be emitted
	auipc	s11, %pcrel_hi(signal)
	addi	s11, s11, %pcrel_lo(.LBB0_30)
	fmv.w.x	fs0, zero
	li	s6, 124
	addi	s3, s11, 60
	addi	s4, s9, 60
	j	.LBB0_13
.LBB0_12:                               #   in Loop: Header=BB0_13 Depth=1
	addiw	s8, s8, 1
	bge	s8, s5, .LBB0_20
.LBB0_13:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_15 Depth 2
                                        #       Child Loop BB0_16 Depth 3
	blt	s7, s10, .LBB0_12
# %bb.14:                               #   in Loop: Header=BB0_13 Depth=1
	li	a0, 15
	mv	a1, s11
.LBB0_15:                               #   Parent Loop BB0_13 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_16 Depth 3
	li	a2, 0
	fmv.s	ft0, fs0
.LBB0_16:                               #   Parent Loop BB0_13 Depth=1
                                        #     Parent Loop BB0_15 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	add	a3, a1, a2
	flw	ft1, 0(a3)
	add	a3, s1, a2
	flw	ft2, 0(a3)
	fmul.s	ft1, ft1, ft2
	addi	a2, a2, 4
	fadd.s	ft0, ft0, ft1
	bne	a2, s6, .LBB0_16
# %bb.17:                               #   in Loop: Header=BB0_15 Depth=2
	slli	a2, a0, 2
	add	a2, a2, s9
	fsw	ft0, 0(a2)
	addi	a0, a0, 1
	addi	a1, a1, 4
	bne	a0, s0, .LBB0_15
# %bb.18:                               #   in Loop: Header=BB0_13 Depth=1
	blt	s7, s10, .LBB0_12
# %bb.19:                               #   in Loop: Header=BB0_13 Depth=1
	mv	a0, s3
	mv	a1, s4
	mv	a2, s2
	call	memcpy@plt
	j	.LBB0_12
.LBB0_20:
.LBB0_31:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(signal)
	addi	s0, s0, %pcrel_lo(.LBB0_31)
	call	stoptime@plt
	blez	s7, .LBB0_23
# %bb.21:
	ld	a0, 8(sp)                       # 8-byte Folded Reload
	srli	a0, a0, 32
	fmv.w.x	fs0, zero
	mv	a1, s0
.LBB0_22:                               # =>This Inner Loop Header: Depth=1
	flw	ft0, 0(a1)
	fadd.s	fs0, fs0, ft0
	addi	a0, a0, -1
	addi	a1, a1, 4
	bnez	a0, .LBB0_22
	j	.LBB0_24
.LBB0_23:
	fmv.w.x	fs0, zero
.LBB0_24:
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	srliw	a0, s7, 31
	addw	a0, s7, a0
	slli	a0, a0, 1
	andi	a0, a0, -4
	add	a0, a0, s0
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB0_32:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(out)
	addi	a1, a1, %pcrel_lo(.LBB0_32)
	li	a0, 5
	call	putfarray@plt
	fcvt.w.s	a0, fs0, rtz
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 120(sp)                     # 8-byte Folded Reload
	ld	s0, 112(sp)                     # 8-byte Folded Reload
	ld	s1, 104(sp)                     # 8-byte Folded Reload
	ld	s2, 96(sp)                      # 8-byte Folded Reload
	ld	s3, 88(sp)                      # 8-byte Folded Reload
	ld	s4, 80(sp)                      # 8-byte Folded Reload
	ld	s5, 72(sp)                      # 8-byte Folded Reload
	ld	s6, 64(sp)                      # 8-byte Folded Reload
	ld	s7, 56(sp)                      # 8-byte Folded Reload
	ld	s8, 48(sp)                      # 8-byte Folded Reload
	ld	s9, 40(sp)                      # 8-byte Folded Reload
	ld	s10, 32(sp)                     # 8-byte Folded Reload
	ld	s11, 24(sp)                     # 8-byte Folded Reload
	fld	fs0, 16(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 128
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	kernel,@object                  # @kernel
	.bss
	.globl	kernel
	.p2align	2
kernel:
	.zero	124
	.size	kernel, 124

	.type	signal,@object                  # @signal
	.globl	signal
	.p2align	2
signal:
	.zero	80000
	.size	signal, 80000

	.type	out,@object                     # @out
	.globl	out
	.p2align	2
out:
	.zero	80000
	.size	out, 80000

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
