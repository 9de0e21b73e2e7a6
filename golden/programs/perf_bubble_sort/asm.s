	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_bubble_sort.sy"
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
	call	getint@plt
	mv	s3, a0
	call	getint@plt
.LBB0_17:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(a)
	addi	s2, s2, %pcrel_lo(.LBB0_17)
	blez	s3, .LBB0_15
# %bb.1:
	slli	s4, s3, 32
	srli	a1, s4, 32
	li	a6, 1103
	lui	a2, 549754
	addiw	a7, a2, 675
	lui	a2, 244
	addiw	t0, a2, 579
	lui	a2, 429497
	addiw	a5, a2, -1107
	lui	a2, 5
	addiw	s1, a2, -480
	lui	a2, 1048574
	addiw	s0, a2, -1808
	mv	a2, s2
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	addiw	a0, a0, 11
	mulw	a0, a0, a6
	addiw	a0, a0, 212
	mul	a3, a0, a7
	srli	a3, a3, 32
	addw	a3, a3, a0
	srliw	a4, a3, 31
	sraiw	a3, a3, 19
	addw	a3, a3, a4
	mulw	a3, a3, t0
	subw	a0, a0, a3
	mul	a3, a0, a5
	srli	a4, a3, 63
	srai	a3, a3, 45
	addw	a3, a3, a4
	mulw	a3, a3, s1
	subw	a3, a0, a3
	addw	a3, a3, s0
	sw	a3, 0(a2)
	addi	a1, a1, -1
	addi	a2, a2, 4
	bnez	a1, .LBB0_2
# %bb.3:
	call	starttime@plt
	li	a0, 2
	addiw	s5, s3, -1
	blt	s3, a0, .LBB0_12
# %bb.4:
	li	a0, 0
.LBB0_18:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(a)
	addi	a1, a1, %pcrel_lo(.LBB0_18)
	addi	a6, a1, 4
	mv	a3, s5
	j	.LBB0_6
.LBB0_5:                                #   in Loop: Header=BB0_6 Depth=1
	addiw	a0, a0, 1
	addiw	a3, a3, -1
	bge	a0, s5, .LBB0_12
.LBB0_6:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_10 Depth 2
	bge	a0, s5, .LBB0_5
# %bb.7:                                #   in Loop: Header=BB0_6 Depth=1
	lw	s1, 0(a1)
	slli	a2, a3, 32
	srli	a4, a2, 32
	mv	a2, a6
	j	.LBB0_10
.LBB0_8:                                #   in Loop: Header=BB0_10 Depth=2
	sw	a5, -4(a2)
	sw	s1, 0(a2)
.LBB0_9:                                #   in Loop: Header=BB0_10 Depth=2
	addi	a4, a4, -1
	addi	a2, a2, 4
	beqz	a4, .LBB0_5
.LBB0_10:                               #   Parent Loop BB0_6 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a5, 0(a2)
	blt	a5, s1, .LBB0_8
# %bb.11:                               #   in Loop: Header=BB0_10 Depth=2
	mv	s1, a5
	j	.LBB0_9
.LBB0_12:
	call	stoptime@plt
	li	s1, 0
	blez	s3, .LBB0_16
# %bb.13:
	srli	a0, s4, 32
.LBB0_19:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(a)
	addi	a1, a1, %pcrel_lo(.LBB0_19)
	lui	a2, 2
	addiw	a2, a2, 1808
	lui	a3, 549754
	addiw	a3, a3, 675
	lui	a4, 244
	addiw	a4, a4, 579
.LBB0_14:                               # =>This Inner Loop Header: Depth=1
	lw	a5, 0(a1)
	slliw	s0, s1, 1
	addw	s1, s1, s0
	addw	a5, a5, s1
	addw	a5, a5, a2
	mul	s1, a5, a3
	srli	s1, s1, 32
	addw	s1, s1, a5
	srliw	s0, s1, 31
	sraiw	s1, s1, 19
	addw	s1, s1, s0
	mulw	s1, s1, a4
	subw	s1, a5, s1
	addi	a0, a0, -1
	addi	a1, a1, 4
	bnez	a0, .LBB0_14
	j	.LBB0_16
.LBB0_15:
	call	starttime@plt
	addiw	s5, s3, -1
	call	stoptime@plt
	li	s1, 0
.LBB0_16:
	lw	a0, 0(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	srliw	a0, s3, 31
	addw	a0, s3, a0
	slli	a0, a0, 1
	andi	a0, a0, -4
	add	a0, a0, s2
	lw	a0, 0(a0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	slli	a0, s5, 2
	add	a0, a0, s2
	lw	a0, 0(a0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	mv	a0, s1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s1, 31
	srliw	a0, a0, 24
	add	a0, a0, s1
	andi	a0, a0, -256
	subw	a0, s1, a0
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	a,@object                       # @a
	.bss
	.globl	a
	.p2align	2
a:
	.zero	16000
	.size	a, 16000

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
