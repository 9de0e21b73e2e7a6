	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_prime_sieve.sy"
	.globl	cross_out                       # -- Begin function cross_out
	.p2align	1
	.type	cross_out,@function
cross_out:                              # @cross_out
# %bb.0:
	mulw	a2, a0, a0
	blt	a1, a2, .LBB0_3
# %bb.1:
	slli	a3, a2, 2
.LBB0_4:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(composite)
	addi	a4, a4, %pcrel_lo(.LBB0_4)
	add	a3, a3, a4
	slli	a4, a0, 2
	li	a5, 1
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	sw	a5, 0(a3)
	add	a2, a2, a0
	add	a3, a3, a4
	bge	a1, a2, .LBB0_2
.LBB0_3:
	ret
.Lfunc_end0:
	.size	cross_out, .Lfunc_end0-cross_out
                                        # -- End function
	.globl	is_prime                        # -- Begin function is_prime
	.p2align	1
	.type	is_prime,@function
is_prime:                               # @is_prime
# %bb.0:
	slli	a0, a0, 2
.LBB1_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(composite)
	addi	a1, a1, %pcrel_lo(.LBB1_1)
	add	a0, a0, a1
	lw	a0, 0(a0)
	seqz	a0, a0
	ret
.Lfunc_end1:
	.size	is_prime, .Lfunc_end1-is_prime
                                        # -- End function
	.globl	add_mod                         # -- Begin function add_mod
	.p2align	1
	.type	add_mod,@function
add_mod:                                # @add_mod
# %bb.0:
	addw	a0, a0, a1
	lui	a1, 244141
	addiw	a1, a1, -1530
	bge	a1, a0, .LBB2_2
# %bb.1:
	lui	a1, 804435
	addiw	a1, a1, 1529
	addw	a0, a0, a1
.LBB2_2:
	ret
.Lfunc_end2:
	.size	add_mod, .Lfunc_end2-add_mod
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
	call	getint@plt
	mv	s2, a0
	call	starttime@plt
	li	a0, 4
.LBB3_18:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(composite)
	addi	a1, a1, %pcrel_lo(.LBB3_18)
	bge	s2, a0, .LBB3_4
.LBB3_1:
	li	a0, 2
	bge	s2, a0, .LBB3_9
# %bb.2:
	li	s3, 0
	li	s1, 0
	li	s4, 0
	li	s0, 0
.LBB3_3:
	call	stoptime@plt
.LBB3_19:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_19)
	mv	a1, s2
	mv	a2, s3
	call	putf@plt
	sext.w	a2, s4
.LBB3_20:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB3_20)
	mv	a1, s1
	call	putf@plt
.LBB3_21:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.2)
	addi	a0, a0, %pcrel_lo(.LBB3_21)
	mv	a1, s0
	call	putf@plt
	sraiw	a0, s3, 31
	srliw	a0, a0, 24
	add	a0, a0, s3
	andi	a0, a0, -256
	subw	a0, s3, a0
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.LBB3_4:
	slli	a2, s2, 32
	srli	a2, a2, 32
	li	a3, 2
	li	a4, 8
	li	a5, 1
	j	.LBB3_6
.LBB3_5:                                #   in Loop: Header=BB3_6 Depth=1
	addi	a3, a3, 1
	mulw	a0, a3, a3
	addi	a4, a4, 4
	blt	s2, a0, .LBB3_1
.LBB3_6:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_8 Depth 2
	slli	s1, a3, 2
	add	s1, s1, a1
	lw	s1, 0(s1)
	bnez	s1, .LBB3_5
# %bb.7:                                #   in Loop: Header=BB3_6 Depth=1
	slli	s1, a0, 2
	add	s1, s1, a1
.LBB3_8:                                #   Parent Loop BB3_6 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	a5, 0(s1)
	add	a0, a0, a3
	add	s1, s1, a4
	bge	a2, a0, .LBB3_8
	j	.LBB3_5
.LBB3_9:
	li	s0, 0
	li	s4, 0
	li	a4, 0
	li	a3, 0
	li	s3, 0
	addiw	a2, s2, 1
	addi	a1, a1, 8
	slli	a2, a2, 32
	srli	t0, a2, 32
	lui	a5, 804435
	addiw	a6, a5, 1529
	lui	a5, 244141
	addiw	a7, a5, -1530
	j	.LBB3_12
.LBB3_10:                               #   in Loop: Header=BB3_12 Depth=1
	mv	s1, a4
.LBB3_11:                               #   in Loop: Header=BB3_12 Depth=1
	addi	a0, a0, 1
	addi	a1, a1, 4
	beq	t0, a0, .LBB3_3
.LBB3_12:                               # =>This Inner Loop Header: Depth=1
	lw	s1, 0(a1)
	bnez	s1, .LBB3_10
# %bb.13:                               #   in Loop: Header=BB3_12 Depth=1
	sext.w	s1, a3
	sgtz	a5, s1
	subw	s1, a0, a3
	slt	a2, a4, s1
	and	a2, a2, a5
	bnez	a2, .LBB3_15
# %bb.14:                               #   in Loop: Header=BB3_12 Depth=1
	mv	s1, a4
	mv	a3, s4
.LBB3_15:                               #   in Loop: Header=BB3_12 Depth=1
	addw	s0, s0, a0
	bge	a7, s0, .LBB3_17
# %bb.16:                               #   in Loop: Header=BB3_12 Depth=1
	addw	s0, s0, a6
.LBB3_17:                               #   in Loop: Header=BB3_12 Depth=1
	addiw	s3, s3, 1
	mv	a4, s1
	mv	s4, a3
	mv	a3, a0
	j	.LBB3_11
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	composite,@object               # @composite
	.bss
	.globl	composite
	.p2align	2
composite:
	.zero	8000004
	.size	composite, 8000004

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"primes<=%d: %d\n"
	.size	.L.str, 16

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"largest gap %d after %d\n"
	.size	.L.str.1, 25

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"sum mod p: %d\n"
	.size	.L.str.2, 15

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
