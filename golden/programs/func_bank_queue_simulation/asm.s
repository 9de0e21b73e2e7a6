	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_bank_queue_simulation.sy"
	.globl	rnd                             # -- Begin function rnd
	.p2align	1
	.type	rnd,@function
rnd:                                    # @rnd
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(seed)
	addi	a1, a1, %pcrel_lo(.LBB0_1)
	lw	a2, 0(a1)
	lui	a3, 2
	addiw	a3, a3, -71
	mulw	a2, a2, a3
	lui	a3, 7
	addiw	a3, a3, -261
	addw	a2, a2, a3
	lui	a3, 255546
	addiw	a3, a3, 1383
	mul	a3, a2, a3
	srli	a4, a3, 63
	srai	a3, a3, 47
	addw	a3, a3, a4
	lui	a4, 33
	addiw	a4, a4, -712
	mulw	a3, a3, a4
	subw	a2, a2, a3
	remw	a0, a2, a0
	sw	a2, 0(a1)
	ret
.Lfunc_end0:
	.size	rnd, .Lfunc_end0-rnd
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	call	getint@plt
	mv	s2, a0
	call	getint@plt
	blez	a0, .LBB1_19
# %bb.1:
	li	a1, 0
	li	t0, 0
	li	s5, 0
	li	s11, 0
	li	s3, 0
	lui	a2, 7
	addiw	a6, a2, -261
	lui	a2, 2
	addiw	t1, a2, -71
.LBB1_21:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(qhead)
	addi	a7, a7, %pcrel_lo(.LBB1_21)
	lw	a5, 0(a7)
.LBB1_22:                               # Label of block must be emitted
	auipc	t3, %pcrel_hi(qtail)
	addi	t3, t3, %pcrel_lo(.LBB1_22)
	lw	s1, 0(t3)
.LBB1_23:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(seed)
	addi	a2, a2, %pcrel_lo(.LBB1_23)
	sd	a2, 0(sp)                       # 8-byte Folded Spill
	lw	s0, 0(a2)
	slli	a2, s2, 32
	srli	t4, a2, 32
	lui	a2, 255546
	addiw	t5, a2, 1383
	lui	a2, 33
	addiw	t6, a2, -712
	lui	a2, 335544
	addiw	s4, a2, 1311
.LBB1_24:                               # Label of block must be emitted
	auipc	t2, %pcrel_hi(busy_until)
	addi	t2, t2, %pcrel_lo(.LBB1_24)
	li	s9, 999
	li	s10, 1
.LBB1_25:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(queue_arrival)
	addi	s6, s6, %pcrel_lo(.LBB1_25)
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	addiw	a1, a1, 1
	mv	t0, a3
	bge	a1, a0, .LBB1_17
.LBB1_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_15 Depth 2
                                        #     Child Loop BB1_8 Depth 2
	mulw	a2, s0, t1
	addw	a2, a2, a6
	mul	a3, a2, t5
	srli	a4, a3, 63
	srai	a3, a3, 47
	addw	a3, a3, a4
	mulw	a3, a3, t6
	subw	s0, a2, a3
	mul	a2, s0, s4
	srli	a3, a2, 63
	srai	a2, a2, 37
	addw	a2, a2, a3
	li	a3, 100
	mulw	a2, a2, a3
	subw	a3, s0, a2
	li	a2, 45
	bge	a3, a2, .LBB1_13
.LBB1_4:                                #   in Loop: Header=BB1_3 Depth=1
	blez	s2, .LBB1_11
# %bb.5:                                #   in Loop: Header=BB1_3 Depth=1
	addiw	ra, a1, 2
	mv	a3, t4
	mv	s7, t2
	j	.LBB1_8
.LBB1_6:                                #   in Loop: Header=BB1_8 Depth=2
	addw	s11, a4, s11
	mulw	a2, s0, t1
	addw	a2, a2, a6
	mul	a4, a2, t5
	srli	s0, a4, 63
	srai	a4, a4, 47
	addw	a4, a4, s0
	mulw	a4, a4, t6
	subw	s0, a2, a4
	sub	a2, a2, a4
	sraiw	a4, a2, 31
	srliw	a4, a4, 30
	add	a4, a4, a2
	andi	a4, a4, -4
	subw	a2, a2, a4
	addw	a2, ra, a2
	sw	a2, 0(s7)
	addiw	s3, s3, 1
	mv	s5, s8
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=2
	addi	a3, a3, -1
	addi	s7, s7, 4
	beqz	a3, .LBB1_11
.LBB1_8:                                #   Parent Loop BB1_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a4, 0(s7)
	slt	a4, a1, a4
	xori	a4, a4, 1
	slt	a2, a5, s1
	and	a2, a2, a4
	beqz	a2, .LBB1_7
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=2
	slli	a2, a5, 2
	add	a2, a2, s6
	lw	a2, 0(a2)
	subw	a4, a1, a2
	addiw	a5, a5, 1
	sw	a5, 0(a7)
	mv	s8, a4
	blt	s5, a4, .LBB1_6
# %bb.10:                               #   in Loop: Header=BB1_8 Depth=2
	mv	s8, s5
	j	.LBB1_6
.LBB1_11:                               #   in Loop: Header=BB1_3 Depth=1
	subw	a2, s1, a5
	mv	a3, a2
	blt	t0, a2, .LBB1_2
# %bb.12:                               #   in Loop: Header=BB1_3 Depth=1
	mv	a3, t0
	j	.LBB1_2
.LBB1_13:                               #   in Loop: Header=BB1_3 Depth=1
	sltiu	a3, a3, 85
	li	a2, 2
	sub	a3, a2, a3
	j	.LBB1_15
.LBB1_14:                               #   in Loop: Header=BB1_15 Depth=2
	sext.w	a4, a3
	addiw	a3, a3, -1
	bge	s10, a4, .LBB1_4
.LBB1_15:                               #   Parent Loop BB1_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	blt	s9, s1, .LBB1_14
# %bb.16:                               #   in Loop: Header=BB1_15 Depth=2
	slli	a4, s1, 2
	add	a4, a4, s6
	sw	a1, 0(a4)
	addiw	s1, s1, 1
	sw	s1, 0(t3)
	j	.LBB1_14
.LBB1_17:
	ld	a0, 0(sp)                       # 8-byte Folded Reload
	sw	s0, 0(a0)
.LBB1_26:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_26)
	mv	a1, s3
	mv	a4, s5
	call	putf@plt
	blez	s3, .LBB1_20
# %bb.18:
	li	a0, 100
	mulw	a0, s11, a0
	divw	a1, a0, s3
.LBB1_27:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB1_27)
	call	putf@plt
	j	.LBB1_20
.LBB1_19:
.LBB1_28:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(qtail)
	addi	a0, a0, %pcrel_lo(.LBB1_28)
	lw	a0, 0(a0)
.LBB1_29:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(qhead)
	addi	a1, a1, %pcrel_lo(.LBB1_29)
	lw	a1, 0(a1)
	subw	a2, a0, a1
.LBB1_30:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_30)
	li	a1, 0
	li	a3, 0
	li	a4, 0
	call	putf@plt
	li	s3, 0
.LBB1_20:
	sraiw	a0, s3, 31
	srliw	a0, a0, 24
	add	a0, a0, s3
	andi	a0, a0, -256
	subw	a0, s3, a0
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	seed,@object                    # @seed
	.section	.sdata,"aw",@progbits
	.globl	seed
	.p2align	2
seed:
	.word	2022                            # 0x7e6
	.size	seed, 4

	.type	qhead,@object                   # @qhead
	.section	.sbss,"aw",@nobits
	.globl	qhead
	.p2align	2
qhead:
	.word	0                               # 0x0
	.size	qhead, 4

	.type	qtail,@object                   # @qtail
	.globl	qtail
	.p2align	2
qtail:
	.word	0                               # 0x0
	.size	qtail, 4

	.type	queue_arrival,@object           # @queue_arrival
	.bss
	.globl	queue_arrival
	.p2align	2
queue_arrival:
	.zero	4000
	.size	queue_arrival, 4000

	.type	busy_until,@object              # @busy_until
	.globl	busy_until
	.p2align	2
busy_until:
	.zero	16
	.size	busy_until, 16

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"served=%d waiting=%d max_queue=%d max_wait=%d\n"
	.size	.L.str, 47

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"average wait x100 = %d\n"
	.size	.L.str.1, 24

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
