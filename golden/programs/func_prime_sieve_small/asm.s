	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_prime_sieve_small.sy"
	.globl	sieve                           # -- Begin function sieve
	.p2align	1
	.type	sieve,@function
sieve:                                  # @sieve
# %bb.0:
	li	t0, 0
	li	a2, 2
	bge	a0, a2, .LBB0_2
.LBB0_1:
	mv	a0, t0
	ret
.LBB0_2:
	addiw	a1, a0, 1
	slli	a1, a1, 32
	srli	a6, a1, 32
	li	t3, 5
	li	t5, 4
	li	a5, 8
.LBB0_8:                                # Label of block must be emitted
	auipc	t1, %pcrel_hi(composite)
	addi	t1, t1, %pcrel_lo(.LBB0_8)
.LBB0_9:                                # Label of block must be emitted
	auipc	a7, %pcrel_hi(primes)
	addi	a7, a7, %pcrel_lo(.LBB0_9)
	li	t2, 1
	li	t4, 5
	j	.LBB0_4
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=1
	addi	a2, a2, 1
	addi	t4, t4, 2
	addw	t5, t5, t3
	addiw	t3, t3, 2
	addi	a5, a5, 4
	beq	a2, a6, .LBB0_1
.LBB0_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_7 Depth 2
	slli	a1, a2, 2
	add	a1, a1, t1
	lw	a1, 0(a1)
	bnez	a1, .LBB0_3
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=1
	slli	a1, t0, 2
	add	a1, a1, a7
	sw	a2, 0(a1)
	mulw	a1, a2, a2
	addiw	t0, t0, 1
	blt	a0, a1, .LBB0_3
# %bb.6:                                #   in Loop: Header=BB0_4 Depth=1
	slli	a1, t5, 32
	srli	a3, a1, 32
	srli	a1, a1, 30
	add	a1, a1, t1
	add	a3, a3, a2
.LBB0_7:                                #   Parent Loop BB0_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	t2, 0(a1)
	sext.w	a4, a3
	add	a1, a1, a5
	add	a3, a3, a2
	bge	a0, a4, .LBB0_7
	j	.LBB0_3
.Lfunc_end0:
	.size	sieve, .Lfunc_end0-sieve
                                        # -- End function
	.globl	is_prime_trial                  # -- Begin function is_prime_trial
	.p2align	1
	.type	is_prime_trial,@function
is_prime_trial:                         # @is_prime_trial
# %bb.0:
	li	a2, 2
	bge	a0, a2, .LBB1_2
.LBB1_1:
	li	a0, 0
	j	.LBB1_6
.LBB1_2:
	mv	a1, a0
	li	a2, 4
	li	a0, 1
	bltu	a1, a2, .LBB1_6
# %bb.3:
	li	a2, 2
.LBB1_4:                                # =>This Inner Loop Header: Depth=1
	remw	a3, a1, a2
	beqz	a3, .LBB1_1
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	addiw	a2, a2, 1
	mulw	a3, a2, a2
	bge	a1, a3, .LBB1_4
.LBB1_6:
	ret
.Lfunc_end1:
	.size	is_prime_trial, .Lfunc_end1-is_prime_trial
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	li	s3, 0
	li	a0, 2
	li	a3, 5
	li	a1, 4
	li	a2, 8
.LBB2_22:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(composite)
	addi	s4, s4, %pcrel_lo(.LBB2_22)
.LBB2_23:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(primes)
	addi	a7, a7, %pcrel_lo(.LBB2_23)
	li	a6, 300
	li	t0, 1
	li	t1, 301
	li	s0, 5
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	addi	a0, a0, 1
	addi	s0, s0, 2
	addw	a1, a1, a3
	addiw	a3, a3, 2
	addi	a2, a2, 4
	beq	a0, t1, .LBB2_6
.LBB2_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_5 Depth 2
	slli	a5, a0, 2
	add	a5, a5, s4
	lw	a5, 0(a5)
	bnez	a5, .LBB2_1
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	slli	a5, s3, 2
	add	a5, a5, a7
	sw	a0, 0(a5)
	mulw	a5, a0, a0
	addiw	s3, s3, 1
	bltu	a6, a5, .LBB2_1
# %bb.4:                                #   in Loop: Header=BB2_2 Depth=1
	slli	a5, a1, 32
	srli	s1, a5, 32
	add	s1, s1, a0
	srli	a5, a5, 30
	add	a5, a5, s4
.LBB2_5:                                #   Parent Loop BB2_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	t0, 0(a5)
	sext.w	a4, s1
	add	s1, s1, a0
	add	a5, a5, a2
	blt	a4, t1, .LBB2_5
	j	.LBB2_1
.LBB2_6:
.LBB2_24:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(primes)
	addi	s2, s2, %pcrel_lo(.LBB2_24)
	mv	a0, s3
	mv	a1, s2
	call	putarray@plt
	li	a0, 0
	li	a3, 0
	li	a1, 2
	li	a2, 301
	li	a4, 4
	j	.LBB2_9
.LBB2_7:                                #   in Loop: Header=BB2_9 Depth=1
	slli	s1, a0, 2
	add	s1, s1, s4
	lw	s1, 0(s1)
	seqz	s1, s1
.LBB2_8:                                #   in Loop: Header=BB2_9 Depth=1
	xor	a5, a5, s1
	snez	a5, a5
	addi	a0, a0, 1
	addw	a3, a3, a5
	beq	a0, a2, .LBB2_18
.LBB2_9:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_14 Depth 2
	bgeu	a0, a1, .LBB2_12
# %bb.10:                               #   in Loop: Header=BB2_9 Depth=1
	li	a5, 0
.LBB2_11:                               #   in Loop: Header=BB2_9 Depth=1
	li	s1, 0
	j	.LBB2_8
.LBB2_12:                               #   in Loop: Header=BB2_9 Depth=1
	li	a5, 1
	bltu	a0, a4, .LBB2_7
# %bb.13:                               #   in Loop: Header=BB2_9 Depth=1
	li	a5, 2
.LBB2_14:                               #   Parent Loop BB2_9 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	remuw	s1, a0, a5
	beqz	s1, .LBB2_17
# %bb.15:                               #   in Loop: Header=BB2_14 Depth=2
	addiw	a5, a5, 1
	mulw	s1, a5, a5
	slli	s1, s1, 32
	srli	s1, s1, 32
	bgeu	a0, s1, .LBB2_14
# %bb.16:                               #   in Loop: Header=BB2_9 Depth=1
	li	a5, 1
	bltu	a0, a1, .LBB2_11
	j	.LBB2_7
.LBB2_17:                               #   in Loop: Header=BB2_9 Depth=1
	li	a5, 0
	bltu	a0, a1, .LBB2_11
	j	.LBB2_7
.LBB2_18:
	li	s1, 0
	li	a0, 2
	blt	s3, a0, .LBB2_21
# %bb.19:
	slli	a0, s3, 32
	lw	a2, 0(s2)
	srli	a1, a0, 32
	addi	a0, s2, 4
	addi	a1, a1, -1
.LBB2_20:                               # =>This Inner Loop Header: Depth=1
	lw	a4, 0(a0)
	subw	a2, a4, a2
	addi	a2, a2, -2
	seqz	a2, a2
	addw	s1, s1, a2
	addi	a1, a1, -1
	addi	a0, a0, 4
	mv	a2, a4
	bnez	a1, .LBB2_20
.LBB2_21:
.LBB2_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_25)
	mv	a1, s3
	mv	a2, s1
	call	putf@plt
	addw	a0, s1, s3
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	composite,@object               # @composite
	.bss
	.globl	composite
	.p2align	2
composite:
	.zero	1204
	.size	composite, 1204

	.type	primes,@object                  # @primes
	.globl	primes
	.p2align	2
primes:
	.zero	400
	.size	primes, 400

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"count=%d twins=%d bad=%d\n"
	.size	.L.str, 26

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
