	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_const_sized_local_arrays.sy"
	.globl	fill                            # -- Begin function fill
	.p2align	1
	.type	fill,@function
fill:                                   # @fill
# %bb.0:
	blez	a1, .LBB0_3
# %bb.1:
	li	a4, 0
	slli	a1, a1, 32
	srli	a1, a1, 32
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	mulw	a5, a4, a3
	addw	a5, a5, a2
	sw	a5, 0(a0)
	addi	a4, a4, 1
	addi	a0, a0, 4
	bne	a1, a4, .LBB0_2
.LBB0_3:
	ret
.Lfunc_end0:
	.size	fill, .Lfunc_end0-fill
                                        # -- End function
	.globl	row_sums                        # -- Begin function row_sums
	.p2align	1
	.type	row_sums,@function
row_sums:                               # @row_sums
# %bb.0:
	blez	a1, .LBB1_4
# %bb.1:
	mv	a3, a0
	li	a0, 0
	slli	a1, a1, 32
	srli	a1, a1, 32
	addi	a3, a3, 8
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	sw	zero, 0(a2)
	lw	a4, -8(a3)
	sw	a4, 0(a2)
	lw	a5, -4(a3)
	addw	a4, a4, a5
	sw	a4, 0(a2)
	lw	a5, 0(a3)
	addw	a4, a4, a5
	sw	a4, 0(a2)
	lw	a5, 4(a3)
	addw	a4, a4, a5
	sw	a4, 0(a2)
	addw	a0, a0, a4
	addi	a2, a2, 4
	addi	a1, a1, -1
	addi	a3, a3, 16
	bnez	a1, .LBB1_2
# %bb.3:
	ret
.LBB1_4:
	li	a0, 0
	ret
.Lfunc_end1:
	.size	row_sums, .Lfunc_end1-row_sums
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function trace3
.LCPI2_0:
	.quad	-6148914691236517205            # 0xaaaaaaaaaaaaaaab
	.text
	.globl	trace3
	.p2align	1
	.type	trace3,@function
trace3:                                 # @trace3
# %bb.0:
	blez	a1, .LBB2_4
# %bb.1:
	li	a3, 0
	li	a4, 0
	li	a2, 0
.LBB2_5:                                # Label of block must be emitted
	auipc	a5, %pcrel_hi(.LCPI2_0)
	addi	a5, a5, %pcrel_lo(.LBB2_5)
	ld	a7, 0(a5)
	slli	a1, a1, 32
	srli	t0, a1, 32
	li	a6, -24
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	mulhu	a5, a4, a7
	srli	a5, a5, 1
	andi	a1, a3, 1
	mul	a5, a5, a6
	add	a5, a5, a0
	slli	a1, a1, 2
	add	a1, a1, a5
	lw	a1, 0(a1)
	addw	a2, a2, a1
	addi	a4, a4, 1
	addi	a0, a0, 32
	addi	a3, a3, 1
	bne	t0, a4, .LBB2_2
# %bb.3:
	mv	a0, a2
	ret
.LBB2_4:
	li	a0, 0
	ret
.Lfunc_end2:
	.size	trace3, .Lfunc_end2-trace3
                                        # -- End function
	.globl	dot                             # -- Begin function dot
	.p2align	1
	.type	dot,@function
dot:                                    # @dot
# %bb.0:
	li	a3, 20
	mul	a2, a2, a3
	add	a1, a1, a2
	flw	ft0, 0(a0)
	flw	ft1, 0(a1)
	fmul.s	ft0, ft0, ft1
	fmv.w.x	ft1, zero
	flw	ft2, 4(a0)
	flw	ft3, 4(a1)
	flw	ft4, 8(a0)
	flw	ft5, 8(a1)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	flw	ft2, 12(a0)
	flw	ft3, 12(a1)
	flw	ft4, 16(a0)
	flw	ft5, 16(a1)
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft2, ft3
	fadd.s	ft0, ft0, ft1
	fmul.s	ft1, ft4, ft5
	fadd.s	fa0, ft0, ft1
	ret
.Lfunc_end3:
	.size	dot, .Lfunc_end3-dot
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI4_0:
	.word	0x40e00000                      # float 7
.LCPI4_1:
	.word	0xbf800000                      # float -1
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sw	zero, 76(sp)
	sw	zero, 72(sp)
	sw	zero, 68(sp)
	sw	zero, 64(sp)
	li	a0, 3
	sw	a0, 44(sp)
	li	s0, 1
	sw	s0, 48(sp)
	li	a0, 4
	sw	a0, 52(sp)
	sw	s0, 56(sp)
	li	s2, 5
	sw	s2, 60(sp)
	li	s1, 10
	sw	s1, 28(sp)
	li	a1, 7
	sw	a1, 32(sp)
	sw	a0, 36(sp)
	sw	s0, 40(sp)
	li	a0, 4
	addi	a1, sp, 28
	call	putarray@plt
	li	a0, 12
	sw	a0, 4(sp)
	sw	s1, 8(sp)
	li	a0, 28
	sw	a0, 12(sp)
	li	a0, 22
	sw	a0, 16(sp)
	li	a0, 44
	sw	a0, 20(sp)
	li	a0, 30
	sw	a0, 24(sp)
	li	a0, 146
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 6
	addi	a1, sp, 4
	call	putarray@plt
	sw	s0, 4(sp)
	sw	s2, 8(sp)
	li	a0, 9
	sw	a0, 12(sp)
	sw	zero, 16(sp)
	sw	zero, 20(sp)
	sw	zero, 24(sp)
	li	a0, 15
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 6
	addi	a1, sp, 4
	call	putarray@plt
	sw	zero, 4(sp)
	sw	zero, 8(sp)
	sw	zero, 12(sp)
	li	a0, 0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, -19
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 9
	addi	a1, sp, 44
	call	putarray@plt
.LBB4_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_0)
	addi	a0, a0, %pcrel_lo(.LBB4_1)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB4_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_1)
	addi	a0, a0, %pcrel_lo(.LBB4_2)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 4(sp)
	lw	a1, 40(sp)
	addw	a0, a0, a1
	addiw	a0, a0, 6
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	N,@object                       # @N
	.section	.rodata,"a",@progbits
	.globl	N
	.p2align	2
N:
	.word	4                               # 0x4
	.size	N, 4

	.type	K,@object                       # @K
	.globl	K
	.p2align	2
K:
	.word	3                               # 0x3
	.size	K, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
