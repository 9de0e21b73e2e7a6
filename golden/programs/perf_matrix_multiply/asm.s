	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_matrix_multiply.sy"
	.globl	init                            # -- Begin function init
	.p2align	1
	.type	init,@function
init:                                   # @init
# %bb.0:
	addi	sp, sp, -32
	sd	s0, 24(sp)                      # 8-byte Folded Spill
	sd	s1, 16(sp)                      # 8-byte Folded Spill
	sd	s2, 8(sp)                       # 8-byte Folded Spill
	blez	a0, .LBB0_5
# %bb.1:
	li	t1, 0
	slli	a0, a0, 32
	srli	t5, a0, 32
.LBB0_6:                                # Label of block must be emitted
	auipc	a7, %pcrel_hi(A)
	addi	a7, a7, %pcrel_lo(.LBB0_6)
.LBB0_7:                                # Label of block must be emitted
	auipc	t0, %pcrel_hi(B)
	addi	t0, t0, %pcrel_lo(.LBB0_7)
	li	a6, 13
	lui	a0, 335112
	addiw	a0, a0, -337
	slli	t6, a0, 32
	li	t2, 97
	li	t3, 29
	lui	a0, 754032
	addiw	a0, a0, 737
	slli	s2, a0, 32
	li	t4, 89
.LBB0_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_3 Depth 2
	li	a4, 0
	slliw	a0, t1, 5
	subw	a0, a0, t1
	addiw	a2, a0, 5
	mulw	a0, t1, a6
	addiw	a1, a0, 11
	mv	a0, t0
	mv	a5, a7
.LBB0_3:                                #   Parent Loop BB0_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slliw	s0, a4, 4
	addw	s0, s0, a4
	addw	s0, s0, a2
	slli	s1, s0, 32
	mulhu	s1, s1, t6
	srli	s1, s1, 32
	subw	a3, s0, s1
	srliw	a3, a3, 1
	add	a3, a3, s1
	srli	a3, a3, 6
	mulw	a3, a3, t2
	subw	a3, s0, a3
	sw	a3, 0(a5)
	mulw	a3, a4, t3
	addw	a3, a3, a1
	slli	s0, a3, 32
	mulhu	s0, s0, s2
	srli	s0, s0, 38
	mulw	s0, s0, t4
	subw	a3, a3, s0
	addiw	a3, a3, -44
	sw	a3, 0(a0)
	addi	a4, a4, 1
	addi	a5, a5, 4
	addi	a0, a0, 4
	bne	t5, a4, .LBB0_3
# %bb.4:                                #   in Loop: Header=BB0_2 Depth=1
	addi	t1, t1, 1
	addi	a7, a7, 480
	addi	t0, t0, 480
	bne	t1, t5, .LBB0_2
.LBB0_5:
	ld	s0, 24(sp)                      # 8-byte Folded Reload
	ld	s1, 16(sp)                      # 8-byte Folded Reload
	ld	s2, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	init, .Lfunc_end0-init
                                        # -- End function
	.globl	multiply                        # -- Begin function multiply
	.p2align	1
	.type	multiply,@function
multiply:                               # @multiply
# %bb.0:
	addi	sp, sp, -16
	sd	s0, 8(sp)                       # 8-byte Folded Spill
	blez	a0, .LBB1_7
# %bb.1:
	li	t4, 0
	slli	a0, a0, 32
	srli	t5, a0, 32
.LBB1_8:                                # Label of block must be emitted
	auipc	t3, %pcrel_hi(A)
	addi	t3, t3, %pcrel_lo(.LBB1_8)
.LBB1_9:                                # Label of block must be emitted
	auipc	a6, %pcrel_hi(B)
	addi	a6, a6, %pcrel_lo(.LBB1_9)
	lui	a0, 524408
	addiw	t0, a0, 113
	lui	a0, 16
	addiw	t1, a0, -15
	li	a7, 480
.LBB1_10:                               # Label of block must be emitted
	auipc	t2, %pcrel_hi(C)
	addi	t2, t2, %pcrel_lo(.LBB1_10)
.LBB1_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_3 Depth 2
                                        #       Child Loop BB1_4 Depth 3
	li	a4, 0
	mv	t6, a6
.LBB1_3:                                #   Parent Loop BB1_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB1_4 Depth 3
	li	a3, 0
	mv	a0, t5
	mv	a5, t6
	mv	a2, t3
.LBB1_4:                                #   Parent Loop BB1_2 Depth=1
                                        #     Parent Loop BB1_3 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a1, 0(a2)
	lw	s0, 0(a5)
	mulw	a1, s0, a1
	addw	a3, a3, a1
	addi	a2, a2, 4
	addi	a0, a0, -1
	addi	a5, a5, 480
	bnez	a0, .LBB1_4
# %bb.5:                                #   in Loop: Header=BB1_3 Depth=2
	mul	a0, a3, t0
	srli	a0, a0, 32
	addw	a0, a0, a3
	srliw	a1, a0, 31
	sraiw	a0, a0, 15
	addw	a0, a0, a1
	mulw	a0, a0, t1
	subw	a0, a3, a0
	mul	a1, t4, a7
	add	a1, a1, t2
	slli	a2, a4, 2
	add	a1, a1, a2
	sw	a0, 0(a1)
	addi	a4, a4, 1
	addi	t6, t6, 4
	bne	a4, t5, .LBB1_3
# %bb.6:                                #   in Loop: Header=BB1_2 Depth=1
	addi	t4, t4, 1
	addi	t3, t3, 480
	bne	t4, t5, .LBB1_2
.LBB1_7:
	ld	s0, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end1:
	.size	multiply, .Lfunc_end1-multiply
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
	call	getint@plt
	mv	s3, a0
	call	getint@plt
	mv	s4, a0
	slli	s2, s3, 32
	blez	s3, .LBB2_5
# %bb.1:
	li	t1, 0
	srli	t5, s2, 32
.LBB2_25:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(B)
	addi	a7, a7, %pcrel_lo(.LBB2_25)
.LBB2_26:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(A)
	addi	t0, t0, %pcrel_lo(.LBB2_26)
	li	a6, 13
	lui	a0, 335112
	addiw	a0, a0, -337
	slli	t6, a0, 32
	li	t2, 97
	li	t3, 29
	lui	a0, 754032
	addiw	a0, a0, 737
	slli	s5, a0, 32
	li	t4, 89
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_3 Depth 2
	li	a3, 0
	slliw	a0, t1, 5
	subw	a0, a0, t1
	addiw	a0, a0, 5
	mulw	a2, t1, a6
	addiw	s0, a2, 11
	mv	s1, t0
	mv	a2, a7
.LBB2_3:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slliw	a1, a3, 4
	addw	a1, a1, a3
	addw	a1, a1, a0
	slli	a5, a1, 32
	mulhu	a5, a5, t6
	srli	a5, a5, 32
	subw	a4, a1, a5
	srliw	a4, a4, 1
	add	a4, a4, a5
	srli	a4, a4, 6
	mulw	a4, a4, t2
	subw	a1, a1, a4
	sw	a1, 0(s1)
	mulw	a1, a3, t3
	addw	a1, a1, s0
	slli	a4, a1, 32
	mulhu	a4, a4, s5
	srli	a4, a4, 38
	mulw	a4, a4, t4
	subw	a1, a1, a4
	addiw	a1, a1, -44
	sw	a1, 0(a2)
	addi	a3, a3, 1
	addi	a2, a2, 4
	addi	s1, s1, 4
	bne	t5, a3, .LBB2_3
# %bb.4:                                #   in Loop: Header=BB2_2 Depth=1
	addi	t1, t1, 1
	addi	a7, a7, 480
	addi	t0, t0, 480
	bne	t1, t5, .LBB2_2
.LBB2_5:
	call	starttime@plt
	blez	s4, .LBB2_18
# %bb.6:
	li	t2, 0
.LBB2_27:                               # Label of block must be emitted
	auipc	t3, %pcrel_hi(B)
	addi	t3, t3, %pcrel_lo(.LBB2_27)
.LBB2_28:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(A)
	addi	a7, a7, %pcrel_lo(.LBB2_28)
	srli	s7, s2, 32
	slli	a0, s4, 32
	srli	a6, a0, 32
	lui	a0, 524408
	addiw	t5, a0, 113
	lui	a0, 16
	addiw	t6, a0, -15
	li	t4, 480
.LBB2_29:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(C)
	addi	s4, s4, %pcrel_lo(.LBB2_29)
	lui	a0, 86480
	addiw	t1, a0, 2027
	li	t0, 97
	j	.LBB2_8
.LBB2_7:                                #   in Loop: Header=BB2_8 Depth=1
	addi	t2, t2, 1
	beq	t2, a6, .LBB2_18
.LBB2_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_10 Depth 2
                                        #       Child Loop BB2_11 Depth 3
                                        #         Child Loop BB2_12 Depth 4
                                        #     Child Loop BB2_17 Depth 2
	blez	s3, .LBB2_7
# %bb.9:                                #   in Loop: Header=BB2_8 Depth=1
	li	s6, 0
	mv	s5, a7
.LBB2_10:                               #   Parent Loop BB2_8 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_11 Depth 3
                                        #         Child Loop BB2_12 Depth 4
	li	a1, 0
	mv	a2, t3
.LBB2_11:                               #   Parent Loop BB2_8 Depth=1
                                        #     Parent Loop BB2_10 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB2_12 Depth 4
	li	a5, 0
	mv	a0, s5
	mv	a4, a2
	mv	a3, s7
.LBB2_12:                               #   Parent Loop BB2_8 Depth=1
                                        #     Parent Loop BB2_10 Depth=2
                                        #       Parent Loop BB2_11 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	s0, 0(a0)
	lw	s1, 0(a4)
	mulw	s0, s1, s0
	addw	a5, a5, s0
	addi	a3, a3, -1
	addi	a4, a4, 480
	addi	a0, a0, 4
	bnez	a3, .LBB2_12
# %bb.13:                               #   in Loop: Header=BB2_11 Depth=3
	mul	a0, a5, t5
	srli	a0, a0, 32
	addw	a0, a0, a5
	srliw	a3, a0, 31
	sraiw	a0, a0, 15
	addw	a0, a0, a3
	mulw	a0, a0, t6
	subw	a0, a5, a0
	mul	a3, s6, t4
	add	a3, a3, s4
	slli	a4, a1, 2
	add	a3, a3, a4
	sw	a0, 0(a3)
	addi	a1, a1, 1
	addi	a2, a2, 4
	bne	a1, s7, .LBB2_11
# %bb.14:                               #   in Loop: Header=BB2_10 Depth=2
	addi	s6, s6, 1
	addi	s5, s5, 480
	bne	s6, s7, .LBB2_10
# %bb.15:                               #   in Loop: Header=BB2_8 Depth=1
	blez	s3, .LBB2_7
# %bb.16:                               #   in Loop: Header=BB2_8 Depth=1
	li	a0, 0
	mv	a1, a7
	mv	a4, s4
.LBB2_17:                               #   Parent Loop BB2_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a2, 0(a4)
	mul	a3, a2, t1
	srli	a5, a3, 63
	srai	a3, a3, 35
	addw	a3, a3, a5
	mulw	a3, a3, t0
	subw	a2, a2, a3
	addw	a3, t2, a0
	remw	a3, a3, s3
	slli	a3, a3, 32
	srli	a3, a3, 30
	add	a3, a3, a1
	sw	a2, 0(a3)
	addi	a0, a0, 1
	addi	a4, a4, 484
	addi	a1, a1, 480
	bne	s7, a0, .LBB2_17
	j	.LBB2_7
.LBB2_18:
	call	stoptime@plt
	blez	s3, .LBB2_23
# %bb.19:
	li	a7, 0
	li	s0, 0
.LBB2_30:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(C)
	addi	s1, s1, %pcrel_lo(.LBB2_30)
	srli	a6, s2, 32
	lui	a1, 549754
	addiw	a3, a1, 675
	lui	a1, 244
	addiw	a4, a1, 579
.LBB2_20:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_21 Depth 2
	mv	a5, a6
	mv	a1, s1
.LBB2_21:                               #   Parent Loop BB2_20 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a2, 0(a1)
	slliw	a0, s0, 3
	subw	a0, a0, s0
	addw	a0, a0, a2
	mul	a2, a0, a3
	srli	a2, a2, 32
	addw	a2, a2, a0
	srliw	s0, a2, 31
	sraiw	a2, a2, 19
	addw	a2, a2, s0
	mulw	a2, a2, a4
	subw	s0, a0, a2
	addi	a5, a5, -1
	addi	a1, a1, 4
	bnez	a5, .LBB2_21
# %bb.22:                               #   in Loop: Header=BB2_20 Depth=1
	addi	a7, a7, 1
	addi	s1, s1, 480
	bne	a7, a6, .LBB2_20
	j	.LBB2_24
.LBB2_23:
	li	s0, 0
.LBB2_24:
	mv	a0, s0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s0, 31
	srliw	a0, a0, 24
	add	a0, a0, s0
	andi	a0, a0, -256
	subw	a0, s0, a0
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
	.type	A,@object                       # @A
	.bss
	.globl	A
	.p2align	2
A:
	.zero	57600
	.size	A, 57600

	.type	B,@object                       # @B
	.globl	B
	.p2align	2
B:
	.zero	57600
	.size	B, 57600

	.type	C,@object                       # @C
	.globl	C
	.p2align	2
C:
	.zero	57600
	.size	C, 57600

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
