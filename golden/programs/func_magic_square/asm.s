	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_magic_square.sy"
	.globl	build                           # -- Begin function build
	.p2align	1
	.type	build,@function
build:                                  # @build
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	mv	s4, a0
.LBB0_9:                                # Label of block must be emitted
	auipc	s3, %pcrel_hi(sq)
	addi	s3, s3, %pcrel_lo(.LBB0_9)
	blez	a0, .LBB0_3
# %bb.1:
	slli	a0, s4, 32
	srli	s0, a0, 32
	srli	s2, a0, 30
	mv	s1, s3
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	mv	a0, s1
	li	a1, 0
	mv	a2, s2
	call	memset@plt
	addi	s0, s0, -1
	addi	s1, s1, 36
	bnez	s0, .LBB0_2
.LBB0_3:
	mulw	a6, s4, s4
	beqz	a6, .LBB0_8
# %bb.4:
	li	a5, 0
	srliw	a0, s4, 31
	addw	a0, s4, a0
	sraiw	a4, a0, 1
	addiw	a7, s4, -1
	li	a3, 1
	li	a2, 36
	j	.LBB0_6
.LBB0_5:                                #   in Loop: Header=BB0_6 Depth=1
	addiw	a3, a0, 1
	mv	a4, s0
	mv	a5, s1
	bgeu	a0, a6, .LBB0_8
.LBB0_6:                                # =>This Inner Loop Header: Depth=1
	mv	a0, a3
	mul	a3, a5, a2
	add	a3, a3, s3
	slli	s1, a4, 2
	add	a3, a3, s1
	sw	a0, 0(a3)
	addw	a3, a7, a5
	remw	s1, a3, s4
	addiw	a3, a4, 1
	remw	s0, a3, s4
	mul	a3, s1, a2
	add	a3, a3, s3
	slli	a1, s0, 2
	add	a1, a1, a3
	lw	a1, 0(a1)
	beqz	a1, .LBB0_5
# %bb.7:                                #   in Loop: Header=BB0_6 Depth=1
	addiw	a1, a5, 1
	remw	s1, a1, s4
	mv	s0, a4
	j	.LBB0_5
.LBB0_8:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end0:
	.size	build, .Lfunc_end0-build
                                        # -- End function
	.globl	verify                          # -- Begin function verify
	.p2align	1
	.type	verify,@function
verify:                                 # @verify
# %bb.0:
	addi	sp, sp, -16
	sd	s0, 8(sp)                       # 8-byte Folded Spill
	sd	s1, 0(sp)                       # 8-byte Folded Spill
	mulw	a1, a0, a0
	addiw	a1, a1, 1
	mulw	a1, a1, a0
	srliw	a2, a1, 31
	addw	a1, a1, a2
	sraiw	t0, a1, 1
	blez	a0, .LBB1_6
# %bb.1:
	li	t6, 0
	li	t2, 0
	li	t3, 0
	slli	a1, a0, 32
	srli	t1, a1, 32
.LBB1_10:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(sq)
	addi	a6, a6, %pcrel_lo(.LBB1_10)
	li	a7, 36
	mv	t4, a6
	mv	t5, a6
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_3 Depth 2
	li	a2, 0
	li	a3, 0
	mv	a1, t1
	mv	a5, t4
	mv	a4, t5
.LBB1_3:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	s0, 0(a4)
	lw	s1, 0(a5)
	addw	a3, a3, s0
	addw	a2, a2, s1
	addi	a4, a4, 4
	addi	a1, a1, -1
	addi	a5, a5, 36
	bnez	a1, .LBB1_3
# %bb.4:                                #   in Loop: Header=BB1_2 Depth=1
	xor	a1, a3, t0
	xor	a2, a2, t0
	or	a1, a1, a2
	bnez	a1, .LBB1_8
# %bb.5:                                #   in Loop: Header=BB1_2 Depth=1
	mul	a1, t6, a7
	add	a1, a1, a6
	slli	a2, t6, 2
	add	a2, a2, a1
	not	a3, t6
	addw	a3, a3, a0
	slli	a3, a3, 2
	add	a1, a1, a3
	lw	a2, 0(a2)
	lw	a1, 0(a1)
	addw	t3, a2, t3
	addw	t2, a1, t2
	addi	t6, t6, 1
	addi	t5, t5, 36
	addi	t4, t4, 4
	bne	t6, t1, .LBB1_2
	j	.LBB1_7
.LBB1_6:
	li	t3, 0
	li	t2, 0
.LBB1_7:
	xor	a0, t3, t0
	xor	a1, t2, t0
	or	a0, a0, a1
	seqz	a0, a0
	j	.LBB1_9
.LBB1_8:
	li	a0, 0
.LBB1_9:
	ld	s0, 8(sp)                       # 8-byte Folded Reload
	ld	s1, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end1:
	.size	verify, .Lfunc_end1-verify
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	sd	s7, 8(sp)                       # 8-byte Folded Spill
	li	s2, 0
	li	a0, 3
.LBB2_20:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(sq)
	addi	s3, s3, %pcrel_lo(.LBB2_20)
	li	s4, 36
	li	s5, 8
	j	.LBB2_3
.LBB2_1:                                #   in Loop: Header=BB2_3 Depth=1
	li	s0, 0
.LBB2_2:                                #   in Loop: Header=BB2_3 Depth=1
	sext.w	a1, s6
.LBB2_21:                               #   in Loop: Header=BB2_3 Depth=1
                                        # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_21)
	mv	a3, s0
	call	putf@plt
	addw	s2, s0, s2
	addi	a0, s6, 2
	bgeu	s6, s5, .LBB2_15
.LBB2_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_4 Depth 2
                                        #     Child Loop BB2_7 Depth 2
                                        #     Child Loop BB2_10 Depth 2
                                        #       Child Loop BB2_11 Depth 3
	mv	s6, a0
	slli	s7, a0, 2
	mv	s1, s3
	mv	s0, a0
.LBB2_4:                                #   Parent Loop BB2_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a0, s1
	li	a1, 0
	mv	a2, s7
	call	memset@plt
	addi	s0, s0, -1
	addi	s1, s1, 36
	bnez	s0, .LBB2_4
# %bb.5:                                #   in Loop: Header=BB2_3 Depth=1
	li	a4, 0
	mulw	t0, s6, s6
	srli	a3, s6, 1
	addiw	a0, s6, -1
	li	a1, 1
	j	.LBB2_7
.LBB2_6:                                #   in Loop: Header=BB2_7 Depth=2
	addiw	a1, s0, 1
	mv	a3, s1
	mv	a4, a5
	bgeu	s0, t0, .LBB2_9
.LBB2_7:                                #   Parent Loop BB2_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s0, a1
	sext.w	a1, a3
	mul	a5, a4, s4
	add	a5, a5, s3
	slli	a1, a1, 2
	add	a1, a1, a5
	sw	s0, 0(a1)
	addw	a1, a0, a4
	remw	a5, a1, s6
	addiw	a1, a3, 1
	remw	s1, a1, s6
	mul	a1, a5, s4
	add	a1, a1, s3
	slli	a2, s1, 2
	add	a1, a1, a2
	lw	a1, 0(a1)
	beqz	a1, .LBB2_6
# %bb.8:                                #   in Loop: Header=BB2_7 Depth=2
	addiw	a1, a4, 1
	remw	a5, a1, s6
	mv	s1, a3
	j	.LBB2_6
.LBB2_9:                                #   in Loop: Header=BB2_3 Depth=1
	li	t2, 0
	li	a6, 0
	li	a7, 0
	addiw	a0, t0, 1
	mulw	a0, a0, s6
	srliw	a2, a0, 1
	mv	t0, s3
	mv	t1, s3
.LBB2_10:                               #   Parent Loop BB2_3 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_11 Depth 3
	li	s1, 0
	li	s0, 0
	mv	a4, t0
	mv	a5, t1
	mv	a0, s6
.LBB2_11:                               #   Parent Loop BB2_3 Depth=1
                                        #     Parent Loop BB2_10 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a3, 0(a4)
	lw	a1, 0(a5)
	addw	s0, s0, a3
	addw	s1, s1, a1
	addi	a0, a0, -1
	addi	a5, a5, 36
	addi	a4, a4, 4
	bnez	a0, .LBB2_11
# %bb.12:                               #   in Loop: Header=BB2_10 Depth=2
	xor	a0, s0, a2
	xor	a1, s1, a2
	or	a0, a0, a1
	bnez	a0, .LBB2_1
# %bb.13:                               #   in Loop: Header=BB2_10 Depth=2
	mul	a0, t2, s4
.LBB2_22:                               #   in Loop: Header=BB2_10 Depth=2
                                        # Label of block must be emitted
	auipc	a1, %pcrel_hi(sq)
	addi	a1, a1, %pcrel_lo(.LBB2_22)
	add	a0, a0, a1
	slli	a1, t2, 2
	add	a1, a1, a0
	not	a3, t2
	addw	a3, s6, a3
	slli	a3, a3, 32
	srai	a3, a3, 30
	add	a0, a0, a3
	lw	a1, 0(a1)
	lw	a0, 0(a0)
	addw	a7, a1, a7
	addw	a6, a0, a6
	addi	t2, t2, 1
	addi	t1, t1, 4
	addi	t0, t0, 36
	bne	t2, s6, .LBB2_10
# %bb.14:                               #   in Loop: Header=BB2_3 Depth=1
	xor	a0, a7, a2
	xor	a1, a6, a2
	or	a0, a0, a1
	seqz	s0, a0
	j	.LBB2_2
.LBB2_15:
	li	a3, 0
.LBB2_23:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(sq)
	addi	s3, s3, %pcrel_lo(.LBB2_23)
	sw	zero, 16(s3)
	sw	zero, 12(s3)
	sw	zero, 8(s3)
	sw	zero, 4(s3)
	sw	zero, 0(s3)
	sw	zero, 36(s3)
	sw	zero, 40(s3)
	sw	zero, 44(s3)
	sw	zero, 48(s3)
	sw	zero, 52(s3)
	sw	zero, 72(s3)
	sw	zero, 76(s3)
	sw	zero, 80(s3)
	sw	zero, 84(s3)
	sw	zero, 88(s3)
	sw	zero, 108(s3)
	sw	zero, 112(s3)
	sw	zero, 116(s3)
	sw	zero, 120(s3)
	sw	zero, 124(s3)
	sw	zero, 160(s3)
	sw	zero, 156(s3)
	sw	zero, 152(s3)
	sw	zero, 148(s3)
	sw	zero, 144(s3)
	li	a2, 2
	li	a5, 1
	li	a7, 36
	lui	a0, 419430
	addiw	a1, a0, 1639
	li	a6, 25
	j	.LBB2_17
.LBB2_16:                               #   in Loop: Header=BB2_17 Depth=1
	addiw	a5, a0, 1
	mv	a2, a4
	mv	a3, s1
	bgeu	a0, a6, .LBB2_19
.LBB2_17:                               # =>This Inner Loop Header: Depth=1
	mv	a0, a5
	slli	a4, a3, 32
	srli	a4, a4, 32
	mul	a4, a4, a7
	add	a4, a4, s3
	slli	a5, a2, 2
	add	a4, a4, a5
	sw	a0, 0(a4)
	addiw	a4, a3, 4
	mul	a5, a4, a1
	srli	s1, a5, 63
	srai	a5, a5, 33
	addw	a5, a5, s1
	slliw	s1, a5, 2
	addw	a5, a5, s1
	subw	s1, a4, a5
	addiw	a4, a2, 1
	mul	a5, a4, a1
	srli	s0, a5, 63
	srai	a5, a5, 33
	addw	a5, a5, s0
	slliw	s0, a5, 2
	addw	a5, a5, s0
	subw	a4, a4, a5
	slli	a5, s1, 32
	srli	a5, a5, 32
	mul	a5, a5, a7
	add	a5, a5, s3
	slli	s0, a4, 2
	add	a5, a5, s0
	lw	a5, 0(a5)
	beqz	a5, .LBB2_16
# %bb.18:                               #   in Loop: Header=BB2_17 Depth=1
	addiw	a3, a3, 1
	mul	a4, a3, a1
	srli	a5, a4, 63
	srai	a4, a4, 33
	addw	a4, a4, a5
	slliw	a5, a4, 2
	addw	a4, a4, a5
	subw	s1, a3, a4
	mv	a4, a2
	j	.LBB2_16
.LBB2_19:
	li	a0, 5
	mv	a1, s3
	call	putarray@plt
	addi	a1, s3, 36
	li	a0, 5
	call	putarray@plt
	addi	a1, s3, 72
	li	a0, 5
	call	putarray@plt
	addi	a1, s3, 108
	li	a0, 5
	call	putarray@plt
	addi	a1, s3, 144
	li	a0, 5
	call	putarray@plt
	lw	a0, 80(s3)
	li	a1, 50
	mulw	a1, s2, a1
	addw	a0, a0, a1
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	sq,@object                      # @sq
	.bss
	.globl	sq
	.p2align	2
sq:
	.zero	324
	.size	sq, 324

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"n=%d magic=%d ok=%d\n"
	.size	.L.str, 21

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
