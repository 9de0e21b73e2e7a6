	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_floyd_warshall.sy"
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	sd	s6, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
	blez	a0, .LBB0_19
# %bb.1:
	mv	s3, a0
	li	a0, 0
	slli	s2, s3, 32
	srli	s5, s2, 32
	li	a3, 1
.LBB0_30:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(d)
	addi	a7, a7, %pcrel_lo(.LBB0_30)
	li	a6, 600
	li	t1, 1103
	lui	a1, 549754
	addiw	a4, a1, 675
	lui	a1, 244
	addiw	a5, a1, 579
	lui	a2, 838861
	addiw	t5, a2, -819
	lui	a2, 104858
	addiw	t6, a2, -1639
	lui	a2, 209715
	addiw	s4, a2, 818
	addiw	t0, a1, 576
	lui	a1, 67109
	addiw	t2, a1, -557
	li	t3, 1000
	mv	t4, a7
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	addi	a0, a0, 1
	addi	t4, t4, 600
	beq	a0, s5, .LBB0_10
.LBB0_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_6 Depth 2
	li	s0, 0
	mul	a1, a0, a6
	add	a1, a1, a7
	slli	a2, a0, 2
	add	s6, a1, a2
	mv	a1, t4
	j	.LBB0_6
.LBB0_4:                                #   in Loop: Header=BB0_6 Depth=2
	sw	zero, 0(s6)
.LBB0_5:                                #   in Loop: Header=BB0_6 Depth=2
	addi	s0, s0, 1
	addi	a1, a1, 4
	beq	s5, s0, .LBB0_2
.LBB0_6:                                #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addiw	a3, a3, 11
	mulw	a3, a3, t1
	addiw	a3, a3, 212
	mul	s1, a3, a4
	srli	s1, s1, 32
	addw	s1, s1, a3
	srliw	a2, s1, 31
	sraiw	s1, s1, 19
	addw	a2, a2, s1
	mulw	a2, a2, a5
	subw	a3, a3, a2
	beq	a0, s0, .LBB0_4
# %bb.7:                                #   in Loop: Header=BB0_6 Depth=2
	mulw	a2, a3, t5
	addw	a2, a2, t6
	bgeu	s4, a2, .LBB0_9
# %bb.8:                                #   in Loop: Header=BB0_6 Depth=2
	mul	a2, a3, t2
	srli	s1, a2, 63
	srai	a2, a2, 38
	addw	a2, a2, s1
	mulw	a2, a2, t3
	subw	a2, a3, a2
	addiw	a2, a2, 1
	sw	a2, 0(a1)
	j	.LBB0_5
.LBB0_9:                                #   in Loop: Header=BB0_6 Depth=2
	sw	t0, 0(a1)
	j	.LBB0_5
.LBB0_10:
	call	starttime@plt
	blez	s3, .LBB0_20
# %bb.11:
	li	t0, 0
	srli	s2, s2, 32
.LBB0_31:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(d)
	addi	a7, a7, %pcrel_lo(.LBB0_31)
	li	a6, 600
	mv	t1, a7
	j	.LBB0_13
.LBB0_12:                               #   in Loop: Header=BB0_13 Depth=1
	addi	t0, t0, 1
	addi	t1, t1, 600
	beq	t0, s2, .LBB0_21
.LBB0_13:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_15 Depth 2
                                        #       Child Loop BB0_17 Depth 3
	li	a4, 0
	mv	a1, a7
	j	.LBB0_15
.LBB0_14:                               #   in Loop: Header=BB0_15 Depth=2
	addi	a4, a4, 1
	addi	a1, a1, 600
	beq	a4, s2, .LBB0_12
.LBB0_15:                               #   Parent Loop BB0_13 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_17 Depth 3
	mul	a0, a4, a6
	add	a0, a0, a7
	slli	a3, t0, 2
	add	a0, a0, a3
	lw	s0, 0(a0)
	mv	s1, s5
	mv	a5, a1
	mv	a3, t1
	j	.LBB0_17
.LBB0_16:                               #   in Loop: Header=BB0_17 Depth=3
	addi	a3, a3, 4
	addi	s1, s1, -1
	addi	a5, a5, 4
	beqz	s1, .LBB0_14
.LBB0_17:                               #   Parent Loop BB0_13 Depth=1
                                        #     Parent Loop BB0_15 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a0, 0(a3)
	lw	a2, 0(a5)
	addw	a0, a0, s0
	bge	a0, a2, .LBB0_16
# %bb.18:                               #   in Loop: Header=BB0_17 Depth=3
	sw	a0, 0(a5)
	j	.LBB0_16
.LBB0_19:
	call	starttime@plt
.LBB0_20:
	call	stoptime@plt
	j	.LBB0_28
.LBB0_21:
	call	stoptime@plt
	blez	s3, .LBB0_28
# %bb.22:
	li	a6, 0
	li	s3, 0
	li	a1, 0
.LBB0_32:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(d)
	addi	a0, a0, %pcrel_lo(.LBB0_32)
	lui	a2, 549754
	addiw	a3, a2, 675
	lui	a2, 244
	addiw	a4, a2, 579
	j	.LBB0_24
.LBB0_23:                               #   in Loop: Header=BB0_24 Depth=1
	addi	a6, a6, 1
	addi	a0, a0, 600
	beq	a6, s2, .LBB0_29
.LBB0_24:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_26 Depth 2
	li	a5, 0
	mv	a2, a0
	mv	s0, s3
	j	.LBB0_26
.LBB0_25:                               #   in Loop: Header=BB0_26 Depth=2
	addi	a5, a5, 1
	mulw	s1, s1, a5
	addw	a1, a1, s1
	mul	s1, a1, a3
	srli	s1, s1, 32
	addw	s1, s1, a1
	srliw	s0, s1, 31
	sraiw	s1, s1, 19
	addw	s1, s1, s0
	mulw	s1, s1, a4
	subw	a1, a1, s1
	addi	a2, a2, 4
	mv	s0, s3
	beq	s2, a5, .LBB0_23
.LBB0_26:                               #   Parent Loop BB0_24 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	s1, 0(a2)
	mv	s3, s1
	blt	s0, s1, .LBB0_25
# %bb.27:                               #   in Loop: Header=BB0_26 Depth=2
	mv	s3, s0
	j	.LBB0_25
.LBB0_28:
	li	a1, 0
	li	s3, 0
.LBB0_29:
.LBB0_33:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_33)
	mv	a2, s3
	call	putf@plt
	sraiw	a0, s3, 31
	srliw	a0, a0, 24
	add	a0, a0, s3
	andi	a0, a0, -256
	subw	a0, s3, a0
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	ld	s6, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	d,@object                       # @d
	.bss
	.globl	d
	.p2align	2
d:
	.zero	90000
	.size	d, 90000

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"checksum=%d diameter=%d\n"
	.size	.L.str, 25

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
